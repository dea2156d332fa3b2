<?xml version="1.0" encoding="UTF-8"?>
<!--
  The look of the original QGIS ban map: a small cluster of dots (dots.svg, next to this file),
  drawn at low opacity and turned by a random angle that is stable per ban (the rand attribute,
  0..1), so that dense areas build up into a soft, irregular glow.
-->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>bans</Name>
    <UserStyle>
      <Name>rotated-dots</Name>
      <Title>Randomly rotated dot clusters</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>ban</Name>
          <Title>Ban</Title>
          <PointSymbolizer>
            <Graphic>
              <ExternalGraphic>
                <OnlineResource xlink:type="simple" xlink:href="dots.svg"/>
                <Format>image/svg+xml</Format>
              </ExternalGraphic>
              <!-- Used when dots.svg cannot be loaded. -->
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill><CssParameter name="fill">#ff5a36</CssParameter></Fill>
              </Mark>
              <Opacity>
                <ogc:Function name="Interpolate">
                  <ogc:PropertyName>age</ogc:PropertyName>
                  <ogc:Literal>0</ogc:Literal><ogc:Literal>0.45</ogc:Literal>
                  <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                </ogc:Function>
              </Opacity>
              <Size>14</Size>
              <Rotation>
                <ogc:Mul>
                  <ogc:PropertyName>rand</ogc:PropertyName>
                  <ogc:Literal>360</ogc:Literal>
                </ogc:Mul>
              </Rotation>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
