<?xml version="1.0" encoding="UTF-8"?>
<!--
  A pulse: each ban appears as a small dot, swells into a ring within the first tenth of the
  fade window, then shrinks and fades away. Sizes and opacities are (age, value) pairs.
-->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>bans</Name>
    <UserStyle>
      <Name>pulse</Name>
      <Title>Pulsing dots</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>ban</Name>
          <Title>Ban (swells, then shrinks)</Title>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#ffb020</CssParameter>
                  <CssParameter name="fill-opacity">
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>age</ogc:PropertyName>
                      <ogc:Literal>0</ogc:Literal><ogc:Literal>0.9</ogc:Literal>
                      <ogc:Literal>0.1</ogc:Literal><ogc:Literal>0.35</ogc:Literal>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                    </ogc:Function>
                  </CssParameter>
                </Fill>
                <Stroke>
                  <CssParameter name="stroke">#ff4a1c</CssParameter>
                  <CssParameter name="stroke-width">1.2</CssParameter>
                  <CssParameter name="stroke-opacity">
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>age</ogc:PropertyName>
                      <ogc:Literal>0</ogc:Literal><ogc:Literal>1</ogc:Literal>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                    </ogc:Function>
                  </CssParameter>
                </Stroke>
              </Mark>
              <Size>
                <ogc:Function name="Interpolate">
                  <ogc:PropertyName>age</ogc:PropertyName>
                  <ogc:Literal>0</ogc:Literal><ogc:Literal>4</ogc:Literal>
                  <ogc:Literal>0.1</ogc:Literal><ogc:Literal>18</ogc:Literal>
                  <ogc:Literal>1</ogc:Literal><ogc:Literal>3</ogc:Literal>
                </ogc:Function>
              </Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
