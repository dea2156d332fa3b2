<?xml version="1.0"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink">
  <NamedLayer><Name>bans</Name><UserStyle><FeatureTypeStyle><Rule>
    <PointSymbolizer><Graphic>
      <ExternalGraphic><OnlineResource xlink:type="simple" xlink:href="/etc/passwd"/><Format>image/png</Format></ExternalGraphic>
      <Size>8</Size>
    </Graphic></PointSymbolizer>
  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
