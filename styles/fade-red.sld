<?xml version="1.0" encoding="UTF-8"?>
<!--
  banmap's default ban style: a red dot with a faint glow that fades out over the fade window.
  Every ban is a point feature with the attributes ip, jail, country_code, country, city, lat,
  lon, accuracy_km, time, age_s, age (0 at the ban .. 1 when the fade window ends), fade_s,
  count and rand; env() gives frame_time, frame_index and scale.
  Tune the fade by editing the Interpolate points: (age, opacity) pairs, linear in between.
-->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xlink="http://www.w3.org/1999/xlink"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>bans</Name>
    <UserStyle>
      <Name>fade-red</Name>
      <Title>Fading red dots</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>ban</Name>
          <Title>Ban (fades out over the fade window)</Title>
          <!-- The glow: a wider, faint disc under the dot. -->
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#ff452e</CssParameter>
                  <CssParameter name="fill-opacity">
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>age</ogc:PropertyName>
                      <ogc:Literal>0</ogc:Literal><ogc:Literal>0.16</ogc:Literal>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                    </ogc:Function>
                  </CssParameter>
                </Fill>
              </Mark>
              <Size>14</Size>
            </Graphic>
          </PointSymbolizer>
          <!-- The dot: opaque at the ban, gone when the fade window ends. -->
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#ff452e</CssParameter>
                  <CssParameter name="fill-opacity">
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>age</ogc:PropertyName>
                      <ogc:Literal>0</ogc:Literal><ogc:Literal>1</ogc:Literal>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                    </ogc:Function>
                  </CssParameter>
                </Fill>
              </Mark>
              <Size>6</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
