<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc">
  <NamedLayer><Name>x</Name><UserStyle><FeatureTypeStyle><Rule>
    <PointSymbolizer><Graphic><Mark/>
      <Size><ogc:Function name="interpolat"><ogc:PropertyName>n</ogc:PropertyName></ogc:Function></Size>
    </Graphic></PointSymbolizer>
  </Rule></FeatureTypeStyle></UserStyle></NamedLayer>
</StyledLayerDescriptor>
