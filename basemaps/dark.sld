<?xml version="1.0" encoding="UTF-8"?>
<!--
  Night-map blues (banmap's default): bright red and orange bans stand out on sea and land.
  banmap draws a basemap style once per view, layer by layer (first at the bottom), picking the
  features by the NamedLayer's Name:
    ocean      one rectangle covering the whole view (attribute kind = ocean)
    countries  one polygon per Natural Earth country (attributes name, id)
    borders    each country's coast and border lines, without the cuts at 180 degrees and the poles
-->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>ocean</Name>
    <UserStyle>
      <Name>dark-ocean</Name>
      <FeatureTypeStyle>
        <Rule>
          <Title>Sea</Title>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#0b1622</CssParameter></Fill>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
  <NamedLayer>
    <Name>countries</Name>
    <UserStyle>
      <Name>dark-countries</Name>
      <FeatureTypeStyle>
        <Rule>
          <Title>Land</Title>
          <PolygonSymbolizer>
            <Fill><CssParameter name="fill">#1e2b38</CssParameter></Fill>
          </PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
  <NamedLayer>
    <Name>borders</Name>
    <UserStyle>
      <Name>dark-borders</Name>
      <FeatureTypeStyle>
        <Rule>
          <Title>Coasts and borders</Title>
          <LineSymbolizer>
            <Stroke>
              <CssParameter name="stroke">#3d5064</CssParameter>
              <CssParameter name="stroke-width">0.6</CssParameter>
              <CssParameter name="stroke-linejoin">round</CssParameter>
              <CssParameter name="stroke-linecap">round</CssParameter>
            </Stroke>
          </LineSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
