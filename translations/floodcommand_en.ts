<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppOptions</name>
    <message>
        <source>FloodCommand flood-control and typhoon command centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation store (GeoPackage) to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the bundled demo district (sample data).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interface language: zh_CN or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall display: full screen, large type, dark theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with the light (office) theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the main window offscreen after the first complete map frame, save it as PNG and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, e.g. 1920x1080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the --db store (and its folders) if it does not exist; without it a missing store is refused (asked in the window).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store replaying (paused) at this time, ISO 8601 with offset, e.g. 2024-09-16T14:00:00+08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the store read-only (briefings): nothing can be changed through this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wall: the built-in layout for N screens (1 to 3); offscreen, N windows (one image each with --screenshot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --wall: the wall layout file (JSON; see resources/walls) to use on this machine (remembered).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BannerContent</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan proposes %1 — confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLAY %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a warning badge where space is short: kind, colour</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapAlert</name>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid CAP 1.2 alert: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the root element is &lt;%2&gt;, not &lt;alert&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: namespace &apos;%2&apos; is not CAP 1.2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &lt;sent&gt; &apos;%2&apos; is not a date and time with a zone offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required element &lt;%1&gt; is missing or empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;status&gt; &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;msgType&gt; &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;scope&gt; &apos;%1&apos; is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;references&gt; entry &apos;%1&apos; is not sender,identifier,sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 message needs &lt;references&gt; to the alert it changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required element &lt;category&gt; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: required element &lt;event&gt; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;urgency&gt; &apos;%2&apos; is missing or not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;severity&gt; &apos;%2&apos; is missing or not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &lt;certainty&gt; &apos;%2&apos; is missing or not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1: the colour of &apos;%2&apos; is neither in a parameter, the headline nor the severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1: no event maps to a warning signal kind (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1: status %2, no signal changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1: %2 message, no signal changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 updates a %2 signal that is no longer in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &lt;polygon&gt; is not four or more closed &apos;lat,lon&apos; pairs in range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &lt;circle&gt; &apos;%2&apos; is not &apos;lat,lon radius-km&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: &lt;%2&gt; &apos;%3&apos; is not a date and time with a zone offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>identifier &apos;%1&apos; is not of the national warning system&apos;s form (GB/T 35965.1: 14-digit area and agency code, &apos;_&apos;, time of issue yyyyMMddHHmmss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info %1: &lt;expires&gt; %2 is not after %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1: &lt;sent&gt; %2 is more than %3 h ahead of now (%4); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1: &lt;effective&gt; %2 is more than %3 h ahead of now (%4); refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 (%2, %3) is not for this district: %4; recorded, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP alert %1 from %2 (%3, %4, sent %5) not applicable to the district: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alert %1 cancels %2, which was never received: recorded, nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP cancel %1 (sent %2) of alert %3, which was never received: nothing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 expired at %3: recorded as history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late alert: %1 of %2 recorded as history (%3 in force since %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (original alert not received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP update %1 (sent %2) of alert %3, which was never received: taken as the signal in force (original not received)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes; a CAP message is at most %3 bytes: not a CAP file, nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CapDistrict</name>
    <message>
        <source>the district boundary is not valid WKT: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>area codes %1 are not the district&apos;s (%2) nor a place containing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its area does not meet the district boundary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <source>%1: unknown output format &apos;.%2&apos; (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no layer or table &apos;%2&apos; (layers: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a table without geometry: export it as .csv or .gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: GDAL cannot read the store: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1, field %2: %3 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name has no extension, which names the format (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store has no table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 text value(s) are longer than the %3 bytes a shapefile holds (%4; fields: %5); nothing was written. Export as .gpkg, .geojson or .fgb to keep the full text, or allow cutting them with --truncate-text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: export failed: %2%3; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL gave no reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: export failed: the written file is incomplete or unreadable (disk full?): %2%3; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: export failed: the written file holds %2 of %3 rows (disk full?)%4; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the written shapefile cannot be read back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the field-name map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeatureConverter</name>
    <message>
        <source>points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>polygons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the header claims %2 bytes but the file has %3 (truncated or damaged); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the attribute table (.dbf) claims %2 records (%3 bytes) but the file has %4 bytes (truncated or damaged); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; value &apos;%2&apos; is not %3 (column &apos;%4&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a date and time (ISO 8601)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>geometry is a %1; layer %2 holds %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value ending near character %1 is longer than the GeoJSON reader accepts (10 million characters); shorten it, or convert the file to GeoPackage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the attribute table %2 is missing; a shapefile without its .dbf has no attributes. Put the .dbf next to the .shp; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds a whole number beyond the 64-bit range (read as %2; column &apos;%3&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is not UTF-8 text: give the file&apos;s encoding with --encoding (such as GBK)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (--make-valid repairs it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1 cannot be transformed from %2 to WGS84 (outside the coordinate system&apos;s range?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1 are not longitude/latitude and the file has no CRS: give the source CRS (--src-crs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1 are outside longitude -180..180, latitude -90..90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1 in %2 fall outside longitude/latitude after reprojection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1 lie at longitude %2, latitude %3, outside the area where %4 is valid (longitude %5..%6, latitude %7..%8): check the source CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --map-value %2: layer %3 has no text column &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: --map-value %2:…=%3: &apos;%3&apos; is not a code of column &apos;%2&apos; (codes: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; value &apos;%2&apos; has no code in column &apos;%3&apos; (codes: %4); map it with --map-value %3:%2=CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field &apos;%1&apos; holds a whole number beyond the 64-bit range (read as %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column &apos;%1&apos; holds binary data and cannot be imported into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coordinates %1 look like longitude/latitude, but %2 is a projected coordinate system (metres): check the source CRS</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n feature(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 holds %2 layers: %3. Name the one to import (--src-layer NAME, or the layer list of the import dialog); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FloodLayers</name>
    <message>
        <source>Basemap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood defences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District boundary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River and creek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underground spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood walls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterlogging-prone roads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooftop greenery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumping stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauges and sensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lanes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (km²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crest elevation (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design tide level (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responsible unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year built</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last operated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical max depth (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last waterlogging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low point elevation (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entrances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood barriers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tower cranes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep foundation pit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (m³/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds of supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items in stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertiary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs pruning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs bracing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rain gauge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tide gauge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterlogging sensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riverside area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourist area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-rise building</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underground space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land-expropriation plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building facade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooftop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Podium roof</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underground garage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underground mall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metro station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Civil-defence works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fire and rescue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commercial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creek</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tertiary road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondary road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical max &lt; 25 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical max 25–40 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Historical max ≥ 40 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gate closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Greenery OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not rectified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra attributes (from the source file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeboard &lt; %1 m (red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeboard %1–%2 m (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeboard %1–%2 m (watched)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeboard ≥ %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No depth known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Slowed (from %1 cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed (from %1 cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found, not yet assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned for rectification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter under half full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter half full or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter 90% full or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low severity, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium severity, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High severity, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Major hazard, overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ForecastDepthLayer</name>
    <message>
        <source>2–10 cm (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10–15 cm (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>15–25 cm (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>25–50 cm (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 50 cm (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GeometryCheck</name>
    <message>
        <source>part %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line with %1 point (a line needs at least 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line whose points are all the same (it has no length)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outer ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hole %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 points (a ring needs at least 4, the last repeating the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not closed (its last point differs from its first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>self-intersecting or otherwise invalid (for example a bow-tie polygon)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coordinate is not a finite number (NaN or infinity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid geometry: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a coordinate is not a finite number (NaN or infinity); it cannot be repaired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be repaired: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <source>chosen by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same name, other case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shapefile&apos;s 10-character name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>synonym</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept as an extra attribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported, as you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the format&apos;s own field, not data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map-value &apos;%1&apos;: expected column:from=to (such as severity:重大=major)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>feature %1 (fid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feature %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown layer kind &apos;%1&apos; (kinds: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--map &apos;%1&apos;: expected source_field=column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (taken as EPSG:4326)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store is busy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store has no table %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading stopped at %2: %3; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2: %3; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file declares %2 features but %3 could be read (truncated or damaged); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra attributes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) -&gt; %3 [%4]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1: the disk is full; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1 is read-only; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store %1: %2; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutputFile</name>
    <message>
        <source>%1: the folder %2 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write in the folder %2 (permission denied or read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no output file given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create a temporary folder in %2: %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internal error: output not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write to disk: %2%3; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the writer produced no file; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot move the finished file into place (%2); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it exists now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file name has no extension: name it .png or .jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write images as &apos;.%2&apos;: name it .png or .jpg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: nothing to save (the image is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write: %2%3; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (the disk %1 is read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (disk full: %1 KB free on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is not a regular file (a device, pipe, folder or broken link); nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is the file being read (%2); write to another file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is an operation store; an export never replaces one (write to another file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: already exists; choose a new file (or --overwrite to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a special file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not a regular file; refusing to write over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 left by an interrupted export</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>not a server address: expected postgresql://user@host:port/database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResponsePlan</name>
    <message>
        <source>the plan is not a JSON object (%1 at offset %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan has no code or title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping entry %1: unknown kind, colour or level (%2 %3 -&gt; %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown response level &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1, item %2: needs a code, a task and due_minutes &gt;= 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>typhoon proposal %1: needs a colour, a circle (7, 10 or 12) and within_hours (0..240)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SituationSummary</name>
    <message>
        <source>Situation at a glance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water level used (Huangpu Park)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest flood-wall freeboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood gates open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open hazards (major / high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards past their deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter places free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rescue teams on standby</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall segments with freeboard &lt; %1 m (orange)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of them &lt; %1 m (red)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SourceEncoding</name>
    <message>
        <source>plain ASCII text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected: the text is valid UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>detected: the text is not UTF-8, read as GB18030 (covers GBK and GB2312)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown encoding &apos;%1&apos;: name one such as UTF-8, GBK, GB18030, Big5 or CP936 (`iconv -l` lists every name this system knows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given with --encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, declared in the .cpg file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the .dbf language driver byte 0x%1 (no .cpg file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no .cpg file, no language driver byte; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 (as the format specifies)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>%1: not registered in gpkg_geometry_columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registered as %2 in SRS %3, expected %4 in EPSG:4326</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: R-tree extension not registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: R-tree triggers missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: geometry is not a GeoPackage geometry blob</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: geometry in SRS %3, expected 4326</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: geometry type %3, the layer holds %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 geometries but %3 entries in the spatial index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: spatial index entry missing or wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1; opening it in FloodCommand migrates it to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite integrity check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application_id is not &apos;GPKG&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>user_version is not a GeoPackage 1.2+ version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeoPackage table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpkg_spatial_ref_sys lacks the required SRS %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpkg_contents lists %1, which does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: registered in gpkg_contents as &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: column %2 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit_log is not protected against updates and deletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>orphan row: %1 row %2 refers to a missing %3 row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 invalid geometries in all (first %3 listed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreCopy</name>
    <message>
        <source>cancelled; the destination was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2; the destination was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists; add --replace to overwrite it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; the destination was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are the same operation; nothing was copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is open in another program (process %2); close it there before replacing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed %1 left by an interrupted copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot replace %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreDeleteCommand</name>
    <message>
        <source>Delete %1 row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreEditCommand</name>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1 row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreFile</name>
    <message>
        <source>a named pipe (FIFO)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: file not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: is %2, not a data file; nothing was read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a FloodCommand operation store: it starts like an SQLite database but SQLite cannot read it (SQLite says: %2): damaged, or not a database; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store is damaged (SQLite says: %2); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the disk is full (SQLite says: %2)%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another program holds the store locked (SQLite says: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read because the folder %2 is not writable: SQLite must create %3-shm and %3-wal next to the store (SQLite says: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read because the disk is full (%2 KB free on %3; SQLite needs room for %4-shm) (SQLite says: %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (SQLite says: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a FloodCommand operation store (not an SQLite database); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: an SQLite database but not a FloodCommand operation store; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid store: its application_id is %2, not &apos;GPKG&apos; (damaged, or changed by another program); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid store: its user_version %2 is not a GeoPackage 1.2+ version (damaged, or changed by another program); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid store: GeoPackage or FloodCommand core tables are missing (damaged?); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid store: schema version %2 is not a whole number from 1 on (damaged?); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a FloodCommand store without a schema version (damaged?); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a valid store: schema version %2 was never written by FloodCommand (damaged?); the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: written by a newer FloodCommand (schema version %2; this version reads up to %3). Open it with a newer FloodCommand; the file was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store is on a read-only disk; copy it to a writable folder to work on it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the store file is read-only (%2); make it writable or work on a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the folder %2 is not writable; the store needs to create its -wal and -shm files there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: changes not yet folded into the file wait in %2-wal, and the folder %3 cannot be written: open it once where it can be written (or copy the store with floodctl copy) before reading it here; the file was not changed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreInsertCommand</name>
    <message>
        <source>Add %1 row</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tr</name>
    <message>
        <source>malformed JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON body must be an array of readings or {&quot;readings&quot;: [...]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sensor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is not a number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningActions</name>
    <message>
        <source>unknown signal kind &apos;%1&apos; (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown signal colour &apos;%1&apos; (blue, yellow, orange, red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signal needs the time it was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in force since %2; a change cannot be dated before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no %1 signal is in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was issued at %2; it cannot be lifted before that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown response level &apos;%1&apos; (none, IV, III, II, I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision needs the name of who made it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan proposes %1: choosing %2 instead needs a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no response is in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response in force started at %1; a decision cannot be dated before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response lowered to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no checklist item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the item was closed (%1) and can no longer change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signal expires (%1) before it is issued (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signal ends (%1) before it is issued (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WarningSignal</name>
    <message>
        <source>Typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rainstorm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High wind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thunder and lightning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High tide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cold wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road icing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Haze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 warning</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AddDataActions</name>
    <message>
        <source>&amp;Add layer from file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer from file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map data (*.gpkg *.shp *.geojson *.json *.kml *.fgb *.csv *.mbtiles *.tif *.tiff *.vrt *.jp2 *.img);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;tile server (XYZ)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tile server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL template, e.g. http://tiles.intranet/{z}/{x}/{y}.png
Tiles are kept in a disk cache and stay available offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layer has no features with geometry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AlarmLevels</name>
    <message>
        <source>Blue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AlarmListModel</name>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor / wall segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rain 1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rain 6 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cleared %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT ACKNOWLEDGED</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AlarmPanel</name>
    <message>
        <source>Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yellow and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orange and red</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All (last 24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by sensor or wall segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark (what was done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Alarms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alarm(s) in force</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n orange/red not acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rain totals reach the rainstorm %1 threshold: propose the rainstorm %1 signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms (%1 to acknowledge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an alarm to acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay is read-only: alarms cannot be acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not acknowledge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The feature is not on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ ALARMS (%1 to acknowledge) ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n orange/red alarm(s) not acknowledged</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Replay: state at %1 (Beijing time), read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms (replay)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::AlarmService</name>
    <message>
        <source>alarm acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::BookmarkActions</name>
    <message>
        <source>&amp;Save current view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete view</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::BriefingArchive</name>
    <message>
        <source>issued %1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::BriefingDialog</name>
    <message>
        <source>Situation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A3 landscape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next steps (下步工作), written before issuing:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left out of the report when empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Serial %1 (given when issued). %n section(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf);;OpenDocument text (*.odt);;Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 as %2 (%3 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 but could not record it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::BriefingTemplate</name>
    <message>
        <source>%1 line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section line must read [name]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown section [%1] (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;name: value&apos;, a [section] or a # comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unbalanced braces in &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown setting &apos;%1&apos; before the first section (known: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in %2 (offered: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>numerals must be chinese or arabic, not &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown item &apos;%1&apos; in section [%2] (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown placeholder {%1} in section [%2] (offered: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>section [%1] offers no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown %1 &apos;%2&apos; in section [%3] (offered: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the template has no section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the template %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::CapOtherPlacesDialog</name>
    <message>
        <source>CAP alerts for other places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) recorded as not applicable to the district.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::ChartPanel</name>
    <message>
        <source>Gauge charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumping stations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge &amp;charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rain per hour (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running total (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water level (m, Wusong datum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level 4.55 m (Huangpu Park)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Design level 5.86 m (1,000-year tide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest wall crest %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flow (m³/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forebay level (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readings yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; no pumping station readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period shown, up to the latest reading (or the replay time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>72 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 readings, %2 up to the latest; drag to pan, wheel to zoom%3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ChecklistModel</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::DataTablePanel</name>
    <message>
        <source>Audit log (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter rows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s). Double-click the first column to show a row on the map; edits can be undone.</source>
        <translation>
            <numerusform>%n row. Double-click the first column to show a row on the map; edits can be undone.</numerusform>
            <numerusform>%n rows. Double-click the first column to show a row on the map; edits can be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::DispatchPanel</name>
    <message>
        <source>no route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the road network…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick on map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty log entry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to duty log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick incident location on the map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose pre-positioning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show roads closed by water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incidents and dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team status board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response level %1: consider pre-positioning teams at waterlogging-prone roads (Command &gt; Propose pre-positioning).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation store: incidents need one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road network: %1 segments; %2 closed by water, %3 slowed (closed from %4 cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No free team with pumps or sandbags to pre-position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (up to %2 cm): %3, %4 away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-positioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stand watch (蹲点值守) at the deepest waterlogging-prone roads?

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an operation store to report incidents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The incident was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send %1 to incident #%2 (%3)?
ETA %4, %5 km by road.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not dispatched: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handed over to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handover not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A replay is showing: incidents, dispatches and the duty log cannot be changed (back to live first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: incidents, dispatches and teams as they were at %1 (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rescue teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>team equipment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown as they are now (an import replaced them after that time): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not dispatched: %2 sent it to incident #%3 first, at %4 (Beijing time).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::DutyDesk</name>
    <message>
        <source>Incident #%1: no team assigned %2 min after the report (limit %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1: the team is not on scene %2 min after its ETA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Teams out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (incident #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next duty officer must sign the handover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handed over by %1 to %2 (%3 open incidents, %4 teams out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, issued %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue checklist items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, due %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wall segment %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 %4, raised %5%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, acknowledged by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms in force: %1 (unacknowledged: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tracked in this store (no alarms table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duty log since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift handover at %1 (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift from %1 to %2 (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::FeatureSearch</name>
    <message>
        <source>Search name or ID…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::FeedServer</name>
    <message>
        <source>the feed endpoint needs a token of at least 8 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request header too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed request line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>malformed header line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chunked bodies are not accepted: send Content-Length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing token (Authorization: Bearer ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such endpoint: POST /readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only POST is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Length required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>body of %1 bytes is over the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content-Type must be text/csv or application/json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no readings in the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read, %2 stored, %3 duplicates, %4 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed endpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no operation store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many connections (%1 open); try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many connections from %1 (%2 open); try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data for %1 s; the request was not complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the request was not complete within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the feed endpoint refuses to listen on %1 without TLS: that address is not loopback, and the token and the readings would cross the network in clear text. Give it a TLS certificate and key, or listen on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS needs both a certificate and a key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TLS is not available: no TLS backend could be loaded (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no PEM certificate could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read the TLS key: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not an unencrypted PEM private key (RSA or EC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a secret but group or others may read it (mode %2); make it readable by its owner only (chmod 600 %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::FloodInputs</name>
    <message>
        <source>the header must name the columns minutes and mm (and optionally gauge)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too few columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a number of minutes and millimetres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mm is outside 0 to 500 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes must increase (%1 after %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rain rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the raster does not match its grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: exists (give --overwrite to replace it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no GeoTIFF driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot create (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: write failed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot rename the finished file into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a raster GDAL can read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the raster must be north-up with square pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot reproject onto the model grid (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ForecastPanel</name>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drainage capacity of the network (design standard by default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Huangpu River level held outside the flood walls (Wusong datum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast rain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drainage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 15 cm from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Predicted waterlogging (forecast, not measured)&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running the flood model…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast from %1: %2 mm, drainage %3 mm/h; %4 road segments predicted over 15 cm. Model: %5 h in %6 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast water depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast for %1 (+%2 h %3 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast by the flood model, not a measurement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::GaugeChart</name>
    <message>
        <source>Time (Beijing)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::GaugeMapLink</name>
    <message>
        <source>%1 mm/1h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest Huangpu Park tide reading %1 m at %2 (Beijing time); type a value to look ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: Huangpu Park tide reading %1 m at %2 (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::GdalRasterSource</name>
    <message>
        <source>Cannot read the raster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read tile %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the raster %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raster %1 has no bands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The raster %1 has no coordinate system or georeferencing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot warp the raster %1 to Web Mercator: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::GreeneryRules</name>
    <message>
        <source>fine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>braced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tall trees removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed to the public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not yet inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenery inspection campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenery inspection campaign: every site listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an inspection result (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no greenery inspection result #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the finding of result #%1 is already hazard #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: greenery hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenery finding of result #%1 becomes a hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in greenery inspection (result #%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazard #%1 from a greenery finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazard #%1 was written but not linked to the inspection: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::HandoverDialog</name>
    <message>
        <source>Shift handover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name of the officer taking over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next duty officer (signs for this summary):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing records the handover in the operation store (shift handovers and the duty log). Print or save a PDF copy for the paper file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the PDF could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handover-%1.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the handover as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::HazardDesk</name>
    <message>
        <source>Flood walls and gates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Riverside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-rise and high structures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building facades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shop signs and billboards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooftop greenery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Underground spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Construction sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Land-expropriation plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tourist areas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rectifying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>awaiting check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a hazard state (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazard #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 bytes is over the limit of %3 MiB for one attachment; nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the file is empty; nothing was attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no hazard #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazard #%1: %2 -&gt; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::HazardImport</name>
    <message>
        <source>%1: a field report is an XLSX or CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: status &apos;%3&apos; is not a rectification state (%4); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: photo &apos;%3&apos; is not next to the sheet (%4); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: photo &apos;%3&apos; is over the limit of %4 MiB; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot map into memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported from the field report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field report %1: steps and photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the hazards were imported but their steps and photos were not written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::HazardPanel</name>
    <message>
        <source>Hazards and greenery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tall trees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start inspection campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding becomes a hazard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rooftop greenery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All rounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All streets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 shown: %2 open, %3 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a hazard to see its card.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Unit: %1&lt;br&gt;Street: %2&lt;br&gt;Found: %3 · Deadline: %4%5&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> &lt;span style=&apos;color:#d22&apos;&gt;(overdue %n day(s))&lt;/span&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;History&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach photo or document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hazard #%1 -&gt; %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 of %3 sites inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection campaign yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> &lt;span style=&apos;color:#d22&apos;&gt;Typhoon signal in force: %n site(s) not inspected since %1.&lt;/span&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not inspected since the signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-typhoon greenery inspection %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenery inspection campaign: every site listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a site of the current campaign first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greenery inspection result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hazard #%1 recorded from the greenery finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach to hazard #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::IdentifyPanel</name>
    <message>
        <source>Click a feature on the map to see its attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here. Click a feature on the map to see its attributes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) at this place.</source>
        <translation>
            <numerusform>%n feature at this place.</numerusform>
            <numerusform>%n features at this place.</numerusform>
        </translation>
    </message>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (source field)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ImportDialog</name>
    <message>
        <source>No preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into the operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the file (EPSG:4326 if none); e.g. EPSG:4549, GCJ02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source coordinate system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop and import nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip them and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bad features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a vector file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vector files (*.shp *.gpkg *.geojson *.json *.kml *.csv *.fgb);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the first features…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n feature(s) in the source; coordinate system: %1</source>
        <translation>
            <numerusform>%n feature in the source; coordinate system: %1</numerusform>
            <numerusform>%n features in the source; coordinate system: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Feature %1 cannot be imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 of %2 features into %3; %4 skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped feature %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was imported; the operation is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported; the operation is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declared by the file, else detected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Common Chinese terms are built in; add more as column:from=to; … e.g. severity:严重=high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coded values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(automatic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was mapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved in the operation store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (for %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name for this mapping (reuse it here or with floodctl import --mapping NAME):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(kept as extra attribute)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every source field and where it went:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>  value %1 (%n feature(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::IncidentDesk</name>
    <message>
        <source>reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>en route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on scene</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waterlogging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fallen tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>falling facade or sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood-wall seepage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood-wall breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flood-gate fault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>underground-space inflow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>power cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people trapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standing watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>returning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>off duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 is %2: no team can be sent to it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 is %2, not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 cannot go from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident #%1 has no team dispatched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undo: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already dispatched to incident #%1 by %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No incident #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rescue team #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1 was not dispatched: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <comment>incident priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <comment>incident priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <comment>incident priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <comment>incident priority</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::IncidentDialog</name>
    <message>
        <source>New incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short title (default: the kind)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road or place name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No location yet: pick on the map or find a road or place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> cm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. pump:2,boat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Equipment needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>map point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing called &apos;%1&apos; in the roads or places of this operation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the incident a location: pick it on the map or find a road or place.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::IncidentListModel</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::IncidentReport</name>
    <message>
        <source>unknown report kind &apos;%1&apos; (first, followup or verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (in time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required (priority %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dispatched %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>water %1 cm; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend (state now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First report due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First report issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::IncidentReportRules</name>
    <message>
        <source>First report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified report</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::LayerModel</name>
    <message>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::LayerPanel</name>
    <message>
        <source>Opacity of the selected layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move layer down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MainWindow</name>
    <message>
        <source>FloodCommand — District Flood Control and Typhoon Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find feature…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark theme (command room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light theme (office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About FloodCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About FloodCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;FloodCommand %1&lt;/h3&gt;&lt;p&gt;District flood-control and typhoon command centre. Works fully offline.&lt;/p&gt;&lt;p&gt;The demo district is sample data laid over real geography in outline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale 1:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frame %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area %1 m²</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading map data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no map layers found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load map data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo district — SAMPLE DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAMPLE DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interface language changes when FloodCommand is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom to &amp;selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added layer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tide (Huangpu Park)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water level used to colour flood walls by freeboard (crest − water level), Wusong datum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the operation store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the operation store:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — SAMPLE DATA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist.

Create a new, empty operation store there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist, nor does its folder.

Create the folder and a new, empty operation store there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no such store (start with --create to make a new one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connection restored (lost at %1); changes made meanwhile are shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from the server since %1 — showing the last state, read-only; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map could not draw everything: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Replay: %n map layer(s) were loaded by an import after that time and are shown as they are now</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This operation store has no map data yet.
Import layers with File › Import into operation… (or floodctl import), or open the demo district with --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intake not started here: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterlogging &amp;forecast…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterlogging forecast</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MapActions</name>
    <message>
        <source>&amp;Full extent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pan / identify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;box</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure &amp;area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export map image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export map image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Height</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering %1 × %2 px…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png);;JPEG images (*.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the image:
%1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MapRenderJob</name>
    <message>
        <source>not enough memory for a %1 x %2 image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::MbTilesSource</name>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read tile %1 from %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile %1 in %2 cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MBTiles file %1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the MBTiles file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (no metadata table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds vector tiles (%2), which are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an MBTiles file (no tiles table)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::Operation</name>
    <message>
        <source>no operation store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to run: no feed endpoint, drop folder or CAP folder is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the intake of this operation already runs elsewhere (%1); one intake evaluates the readings of an operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed endpoint not started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>feed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::PgBackend</name>
    <message>
        <source>cannot connect to the server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database holds no FloodCommand operation (create one with: floodctl init %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer FloodCommand (schema version %1; this version reads up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 on the server is older than this FloodCommand&apos;s %2; the server&apos;s operation must be migrated by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has no table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed through FloodCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 was changed by %3 after you read it; nothing was written: reload the row and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 is unreachable since %2: nothing was written (the change was not queued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imports need the administrator role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, feature %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported %1 features from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no feature table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 row %3: the geometry cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rescue team already has an active dispatch: another seat got there first (%1); nothing was written [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server %1 is unreachable: nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor_readings: readings %1-%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot bring the server&apos;s table layout from %1 to %2 (the table owner or an administrator must open the operation once): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written only by the readings ingest (floodctl ingest, the drop folder, the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor_readings: reading %1: no sensor with fid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor_readings: sensor %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor_readings: sensor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, table %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, table %2: read %3 of %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database already holds an operation; refusing to overwrite it (floodctl copy --replace replaces one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not replace the operation on %2: only its owner or an administrator can; the operation was not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostGIS is not available in this database (%1); ask the administrator to run CREATE EXTENSION postgis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::Prepositioning</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-positioning confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReadingCsv</name>
    <message>
        <source>not an ISO 8601 date-time (YYYY-MM-DDTHH:MM[:SS]+08:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date or time out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad UTC offset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time has no UTC offset (add +08:00 for Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: the header has no %2 column (header: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown sensor &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read error (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the years 0001 to 9999 (in UTC and in Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a line longer than %2 bytes after data row %3: not a readings file; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most %1 fields, found %2 (a decimal comma or an unquoted separator in a value?)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReadingDay</name>
    <message>
        <source>not a readings block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer FloodCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad quality flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bad length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>damaged readings block (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more than 255 different quality flags in one day of one sensor</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReadingIngest</name>
    <message>
        <source>%1: nothing stored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows read, %3 stored, %4 duplicates, %5 rejected, %6 alarm changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 more rejected rows not listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readings from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>readings out of time order across chunks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 readings conflict with stored ones (same sensor and time, another value): left out, the stored values kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 stored values corrected (the audit log keeps the values they replaced)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReadingIntake</name>
    <message>
        <source>no operation store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the evaluation state: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReplayControls</name>
    <message>
        <source>%1×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon Bebinca (2024)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The replay scenario written by floodctl replay-scenario (illustrative gauge series)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReplayPanel</name>
    <message>
        <source>Replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replay a past period…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: the window shows a past state; nothing is written while replaying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReplayScenario</name>
    <message>
        <source>Typhoon Bebinca replay %1 .. %2 (Beijing time): %3 signals, %4 response level changes, %5 readings stored (%6 already there), %7 alarm changes. Gauge series are illustrative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landfall at Lingang (Pudong), force 14</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has none of the demo district&apos;s sensors (S-RAIN-xx, S-TIDE-01, S-WL-xx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay: signals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay: response levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay (illustrative)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon Bebinca replay: track (illustrative)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ReportsPanel</name>
    <message>
        <source>Situation report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: first report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident: verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The situation report as of the clock&apos;s time: preview, print, save and issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3 bytes, SHA-256 %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ResponseLevel</name>
    <message>
        <source>No response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 response</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::ShapeFieldMap</name>
    <message>
        <source>%1: not a field-name map (expected {&quot;fields&quot;: {&quot;short&quot;: &quot;full name&quot;}})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::Shelters</name>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of people must be at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 people: %3 cannot leave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has %2 of %3 places taken: %4 more would exceed its capacity; give an override reason to admit them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::SignalDialog</name>
    <message>
        <source>Warning signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue / change colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in force: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued at (Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. whole city, central districts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 signal is in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update the details of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgrade %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::SignalTableModel</name>
    <message>
        <source>Upgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downgraded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force until %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::SituationReport</name>
    <message>
        <source>no response in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level %1 response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer on duty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported after this time, shown as now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rain gauge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3 h (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event (mm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rainfall at %1, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hourly rainfall (hour ending, Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning level (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>watched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood wall segment (lowest freeboard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crest (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water level (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeboard (m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest crest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tide level, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tide level against the warning level and the lowest wall crest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River levels, last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>River levels against their warning levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood wall segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flood gates open / closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumping stations (capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 m³/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flood gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last operated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumping station</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pumps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity (m³/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>slowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents by kind and priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waterlogged road</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth (cm)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Road closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response tasks by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no template for the language %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents on the district map (numbers as in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Central pressure (hPa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum wind (m/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance and bearing from the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km, bearing %2°</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closest approach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not reach the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches %1%2, leaves %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level-%1 wind circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reaches %1%2; %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leaving time unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::Store</name>
    <message>
        <source>%1: a read-only opening is for store files; on a server, log in with a viewer role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this operation is open read-only (role viewer); nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: upgrade cancelled; the store stays at schema version %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::StoreActions</name>
    <message>
        <source>&amp;Import into operation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an operation store to import data into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role (viewer) may only read this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared operation (postgresql://user@host:port/database).
The password is read from PGPASSWORD or ~/.pgpass and never stored by FloodCommand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a window for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only (--read-only): nothing can be changed through this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: the store file or its folder cannot be written here. It can be viewed, replayed and exported, not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This operation is open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the operation store %1 from schema version %2 to %3 (sensor readings are rewritten as one block per sensor and day)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading operation store</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::StoreBackend</name>
    <message>
        <source>%1 can be changed only by an administrator (your role: officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your role (%1) may only read this operation; nothing was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: geometry is not valid WKT: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds %2 geometries, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no column &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2: &apos;%3&apos; is not a valid %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (allowed: %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::StoreCheck</name>
    <message>
        <source>an empty block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its row says %1 readings from %2 to %3, the block holds %4 from %5 to %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading_days row %1 (sensor %2, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more damaged reading blocks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::StoreLayerSync</name>
    <message>
        <source>Map layer %1 could not be re-read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map layer %1: %2 changed rows have a geometry that cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: %1 past rows have a geometry that cannot be drawn</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::StoreTableModel</name>
    <message>
        <source>%1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::StoreWorker</name>
    <message>
        <source>%1 has no row %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has no table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed through FloodCommand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot start reading: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no feature table &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot read %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 row %3: the geometry cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: reading %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2 was changed by %3 after you read it; nothing was written: reload the row and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 row %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this rescue team already has an active dispatch: another seat got there first (%1); nothing was written [%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>schema version %1 would have to be migrated to %2, which a read-only opening cannot do; open it once where it can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is written only by the readings ingest (floodctl ingest, the drop folder, the feed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor_readings: reading %1: no sensor with fid %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor_readings: sensor %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sensor_readings: sensor %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: another program (a long import, or another seat) holds the store for writing; waited 10 s for it; nothing was written: try again when it has finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, table %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, table %2: read %3 of %4 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::Supplies</name>
    <message>
        <source>&apos;%1&apos; is not shelter:ID, incident:ID, team:ID or drill[:NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 needs an id (a whole number from 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stock-take difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 in stock, minimum %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 expire on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3 expired on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough %1: %2 wanted, %3 left; nothing was issued</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::SuppliesPanel</name>
    <message>
        <source>Supplies warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms: low stock and expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent movements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Movement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To / from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allocation requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm and issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People / places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: street, housing estate or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override reason (only to admit people over capacity)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplies &amp;warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;helters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At or above minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: stock at %1 (Beijing time), read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kinds, %2 items in %3 warehouses · %4 below minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: occupancy at %1 (Beijing time), read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 people in %2 shelters (%3 places) · %4 full · moved in so far: %5 elderly, %6 children, %7 disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no operation store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind, a warehouse and a shelter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not issued: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>issued from the warehouse panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>supplies issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 people recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 filled up meanwhile (another seat): give an override reason to admit them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a shelter and a kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request sent to the warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a request to confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request confirmed: %1 %2 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not confirmed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allocation confirmed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::SupplyBooks</name>
    <message>
        <source>cannot read the supplies from %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TeamBoardModel</name>
    <message>
        <source>post: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time in status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TileDownloader</name>
    <message>
        <source>Tile %1: network access is disabled (offline mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile %1: the source cannot download tiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile %1: invalid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tile %1: empty reply from %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TileLayer</name>
    <message>
        <source>Tile %1 cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TileLayerRenderer</name>
    <message>
        <source>tile %1/%2/%3 could not be read: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::Typhoon</name>
    <message>
        <source>Below tropical depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tropical depression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tropical storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe tropical storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extratropical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already within at the start of the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radii not issued before %1: arrived no later than this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached where radii were issued; radii not issued for part of the track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radii not issued from %1: departure unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still within at the end of the track (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TyphoonExport</name>
    <message>
        <source>%1: write .geojson, .kml or .gpkg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDAL has no %1 driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TyphoonFiles</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the storm&apos;s header announces %1 more rows than follow it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a storm header needs at least 7 fields (66666, international number, rows, serial, Chinese number, end flag, interval), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>international number &apos;%1&apos; is not four digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number of rows &apos;%1&apos; is not a count from 1 to 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serial number &apos;%1&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end flag &apos;%1&apos; is not 0, 1, 2 or 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row interval &apos;%1&apos; is not a number of hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data before the first storm header (66666 ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more rows than the storm&apos;s header announces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a row has 6 or 7 fields (time, grade, latitude, longitude, pressure, wind [, coastal wind]), found %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time &apos;%1&apos; is not YYYYMMDDHH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time %1 is not after the storm&apos;s previous row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grade &apos;%1&apos; is not 0-6 or 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude &apos;%1&apos; is not in 0.1 degrees (-900..900)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude &apos;%1&apos; is not in 0.1 degrees (0..3600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure &apos;%1&apos; is not hPa (850..1100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wind &apos;%1&apos; is not m/s (0..120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no storm found (a CMA best-track file starts each storm with 66666)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a time (YYYY-MM-DD hh:mm:ss, Beijing time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>longitude missing or not in -180..180</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>latitude missing or not in -90..90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected {ne, se, sw, nw} in km or null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>radius is not km from 0 to 2000 (null: not issued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressure is not hPa (850..1100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wind speed is not m/s (0..120)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wind force is not a Beaufort level (0..20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>movement speed is not km/h (0..200)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>storm number missing (tfbh or number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of landfalls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time %1 is not after the previous point&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast agency missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast time %1 is before the point it was issued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of forecasts by agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line %2: not JSON: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2: expected a storm object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no storm in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 MiB is over the %3 MiB a typhoon file may have</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, line 1: neither a CMA best-track file (66666 ...) nor a bulletin JSON; say which with --format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no storm &apos;%2&apos; in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TyphoonLayers</name>
    <message>
        <source>Forecast track (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24 h warning line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>48 h warning line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast cone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-level wind circle (gale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10-level wind circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-level wind circle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landfall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon position now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interpolated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure (hPa)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wind (m/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Radii</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon wind circles and forecast cone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon tracks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon positions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TyphoonPanel</name>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km %2 of the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(position from the forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-level circle since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1-level circle arrives %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, leaves %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(forecast)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-level circle: not forecast to reach the district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closest %1 km at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typhoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan proposes typhoon %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TyphoonProposal</name>
    <message>
        <source>the %1-level wind circle is over the district (since %2, UTC+8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1-level wind circle is forecast to reach the district at %2 (UTC+8), within %3 h</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::TyphoonStore</name>
    <message>
        <source>%1 storm(s) (%2 new): %3 point(s) added, %4 updated, %5 unchanged; %6 forecast point(s), %7 landfall(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store is at schema version %1; typhoons need version 6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &apos;%1&apos; (file, feed or officer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the store has no district boundary (give a place with --point LON,LAT)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::UiLanguage</name>
    <message>
        <source>en</source>
        <comment>the code of the interface language</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole city</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whole district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this district</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>central districts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallBannerView</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No warning signal in force</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallChartView</name>
    <message numerus="yes">
        <source>%1 — last %n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::WallChecklistView</name>
    <message>
        <source>(no unit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallCommand</name>
    <message>
        <source>&apos;%1&apos;: expected home, incident:ID, bookmark:NAME, layout:NAME or chart:SENSOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: an incident is given by its number (incident:12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos;: unknown kind &apos;%2&apos; (expected incident, bookmark, layout or chart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standing layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gauge chart %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallCommandFeed</name>
    <message>
        <source>Wall command %1 not shown: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallController</name>
    <message>
        <source>Rescue teams</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open incidents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alarms in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 unacknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server connection restored (lost at %1); the wall shows the current state again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from the server since %1 — showing the last state; reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this layout has no map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved view named &apos;%1&apos; on this wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this layout has no chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sensor &apos;%1&apos; in this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown on the wall: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the wall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the wall: %1 (put up by %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shown on the wall (answer it at a desk seat): %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallLayout</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a wall layout is a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the layout has no &quot;name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;screens&quot; must list 1 to 16 screens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, screen %2: row and column stretches are whole numbers 1..100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, screen %2: no views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, screen %2, view %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown view &apos;%2&apos; (expected one of %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): cell row %3, column %4, span %5 x %6 lies outside the screen&apos;s %7 x %8 grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): overlaps another view of the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: bookmark &apos;%2&apos; needs a name, lon, lat and width_m (at least 50 m)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rotation needs seconds of at least 5 (0: off) and return_minutes of at least 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no wall layout named &apos;%1&apos; (built in: %2; yours in %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallListView</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallMapView</name>
    <message>
        <source>Incident %1 is not in this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 has no location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallModePanel</name>
    <message>
        <source>Not shown on the wall: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallSteerPanel</name>
    <message>
        <source>&amp;Wall display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the &amp;standing layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show an &amp;incident…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a saved &amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved view (its name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a gauge &amp;chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sensor id (e.g. S-TIDE-01):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation store is open: nothing can be put on the wall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the wall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the wall: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wall display</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallTickerView</name>
    <message>
        <source>%1 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lifted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 alarm: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incident %1 reported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dispatched to incident %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events since the wall started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WallWindow</name>
    <message>
        <source>FloodCommand wall — screen %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WarningBanner</name>
    <message>
        <source>No warning signal in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fc::WarningService</name>
    <message>
        <source>no operation store is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a replay is showing: nothing can be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning signal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning signal lifted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response level: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checklist</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WarningTimelineDialog</name>
    <message>
        <source>Warnings timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Responses started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WarningsPanel</name>
    <message>
        <source>Warning banner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue or change a warning signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a warning signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the proposed response level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override the response level…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the plan (signal → level, actions)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CAP alert…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export signals in force as CAP…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched CAP folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings timeline and yearly figures…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signals in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue / change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist by unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done / reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No operation store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan proposes %1 for the signals in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The response level matches the plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm response level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan proposes %1. Level:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for departing from the plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CAP alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP alerts (*.xml *.cap);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signal is in force: nothing to export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP alerts (*.xml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot write (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n signal(s) exported to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Watch a folder for CAP files (cancel: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watched CAP folder: %1 (cancel: off)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP folder watching is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watching %1 for CAP files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan %1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plan edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record rainstorm signal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rainstorm signals are issued by the Shanghai Central Meteorological Observatory: record the signal here once it is issued (the form is filled in from the gauges)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 h %1 mm at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 h %1 mm at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District rain gauges reach the rainstorm %1 threshold (%2); the rainstorm %1 signal is not in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District rain gauges: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: the state at the replayed time (see the clock), read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP alerts for other places…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAP folder not watched here: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WhatIf</name>
    <message>
        <source>the cell size must be between 1 and 200 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operation has no district boundary: give a DEM (--dem FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no DEM for this district: give one (--dem FILE; any GDAL raster)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 x %2 cells is too many: give a larger cell size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>generated demo DEM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gauge &apos;%2&apos; is not a sensor of this operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no rain: give --rain MM --hours H or --profile FILE.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::WriteAccess</name>
    <message>
        <source>No operation store is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnected from the server: read-only until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operation store is open read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role on this operation is viewer: nothing can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replay: nothing is written while the window shows a past state.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fc::XyzTileSource</name>
    <message>
        <source>Tile file %1 cannot be decoded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile URL template %1 lacks {z}, {x} or {y}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tile URL template %1 is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tile cache folder for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the tile cache folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the tile cache file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
