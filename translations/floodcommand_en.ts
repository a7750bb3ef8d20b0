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
        <source>Freeboard &lt; 0.5 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeboard 0.5–1.0 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeboard 1.0–1.5 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeboard ≥ 1.5 m</source>
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
        <source>%1: already exists; choose a new file</source>
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
    <message>
        <source>the database already holds an operation; refusing to overwrite it (floodctl copy --replace replaces one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostGIS is not available in this database (%1); ask the administrator to run CREATE EXTENSION postgis</source>
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
        <source>Wall segments with freeboard &lt; 1 m</source>
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
        <source>%1, table %2: %3</source>
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
        <source>cannot replace %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename %1 to %2</source>
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
</context>
<context>
    <name>StoreInsertCommand</name>
    <message>
        <source>Add %1 row</source>
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
    <name>fc::FeatureSearch</name>
    <message>
        <source>Search name or ID…</source>
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
        <source>this rescue team already has an active dispatch: another seat got there first (%1); nothing was written</source>
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
    <name>fc::StoreLayerSync</name>
    <message>
        <source>Map layer %1 could not be re-read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Map layer %1: %2 changed rows have a geometry that cannot be drawn</source>
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
        <source>this rescue team already has an active dispatch: another seat got there first (%1); nothing was written</source>
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
