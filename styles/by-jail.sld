<?xml version="1.0" encoding="UTF-8"?>
<!--
  One colour per kind of jail, with a legend-friendly Title per rule; bans of any other jail
  fall through to the ElseFilter rule. Every rule fades out over the fade window like fade-red.
-->
<StyledLayerDescriptor version="1.0.0"
    xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc"
    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
    xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>bans</Name>
    <UserStyle>
      <Name>by-jail</Name>
      <Title>Bans by jail</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>sshd</Name>
          <Title>SSH (sshd)</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>jail</ogc:PropertyName><ogc:Literal>sshd</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#ff452e</CssParameter>
                  <CssParameter name="fill-opacity">
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>age</ogc:PropertyName>
                      <ogc:Literal>0</ogc:Literal><ogc:Literal>0.95</ogc:Literal>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                    </ogc:Function>
                  </CssParameter>
                </Fill>
              </Mark>
              <Size>7</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>web</Name>
          <Title>Web servers (nginx-*, apache-*)</Title>
          <ogc:Filter>
            <ogc:Or>
              <ogc:PropertyIsLike wildCard="*" singleChar="." escape="!"><ogc:PropertyName>jail</ogc:PropertyName><ogc:Literal>nginx*</ogc:Literal></ogc:PropertyIsLike>
              <ogc:PropertyIsLike wildCard="*" singleChar="." escape="!"><ogc:PropertyName>jail</ogc:PropertyName><ogc:Literal>apache*</ogc:Literal></ogc:PropertyIsLike>
            </ogc:Or>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#3fa9ff</CssParameter>
                  <CssParameter name="fill-opacity">
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>age</ogc:PropertyName>
                      <ogc:Literal>0</ogc:Literal><ogc:Literal>0.95</ogc:Literal>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                    </ogc:Function>
                  </CssParameter>
                </Fill>
              </Mark>
              <Size>7</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>mail</Name>
          <Title>Mail (postfix-*, dovecot, exim, sasl)</Title>
          <ogc:Filter>
            <ogc:Or>
              <ogc:PropertyIsLike wildCard="*" singleChar="." escape="!"><ogc:PropertyName>jail</ogc:PropertyName><ogc:Literal>postfix*</ogc:Literal></ogc:PropertyIsLike>
              <ogc:PropertyIsLike wildCard="*" singleChar="." escape="!"><ogc:PropertyName>jail</ogc:PropertyName><ogc:Literal>dovecot*</ogc:Literal></ogc:PropertyIsLike>
              <ogc:PropertyIsLike wildCard="*" singleChar="." escape="!"><ogc:PropertyName>jail</ogc:PropertyName><ogc:Literal>exim*</ogc:Literal></ogc:PropertyIsLike>
              <ogc:PropertyIsLike wildCard="*" singleChar="." escape="!"><ogc:PropertyName>jail</ogc:PropertyName><ogc:Literal>sasl*</ogc:Literal></ogc:PropertyIsLike>
            </ogc:Or>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#ffd23f</CssParameter>
                  <CssParameter name="fill-opacity">
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>age</ogc:PropertyName>
                      <ogc:Literal>0</ogc:Literal><ogc:Literal>0.95</ogc:Literal>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                    </ogc:Function>
                  </CssParameter>
                </Fill>
              </Mark>
              <Size>7</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>recidive</Name>
          <Title>Repeat offenders (recidive)</Title>
          <ogc:Filter>
            <ogc:PropertyIsEqualTo><ogc:PropertyName>jail</ogc:PropertyName><ogc:Literal>recidive</ogc:Literal></ogc:PropertyIsEqualTo>
          </ogc:Filter>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#d05cff</CssParameter>
                  <CssParameter name="fill-opacity">
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>age</ogc:PropertyName>
                      <ogc:Literal>0</ogc:Literal><ogc:Literal>0.95</ogc:Literal>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                    </ogc:Function>
                  </CssParameter>
                </Fill>
              </Mark>
              <Size>7</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
        <Rule>
          <Name>other</Name>
          <Title>Other jails</Title>
          <ElseFilter/>
          <PointSymbolizer>
            <Graphic>
              <Mark>
                <WellKnownName>circle</WellKnownName>
                <Fill>
                  <CssParameter name="fill">#aab4be</CssParameter>
                  <CssParameter name="fill-opacity">
                    <ogc:Function name="Interpolate">
                      <ogc:PropertyName>age</ogc:PropertyName>
                      <ogc:Literal>0</ogc:Literal><ogc:Literal>0.95</ogc:Literal>
                      <ogc:Literal>1</ogc:Literal><ogc:Literal>0</ogc:Literal>
                    </ogc:Function>
                  </CssParameter>
                </Fill>
              </Mark>
              <Size>7</Size>
            </Graphic>
          </PointSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
