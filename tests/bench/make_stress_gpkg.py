#!/usr/bin/python3
"""Deterministic stress GeoPackage for the render benchmark (issue 4, "Speed").

Usage: make_stress_gpkg.py OUT.gpkg [--roads N] [--buildings N] [--points N] [--seed S]

EPSG:4326, lon 121.40-121.60, lat 31.15-31.30 (a Shanghai-sized district):
  roads      300,000 LineString segments, 2-8 vertices, 50-400 m long (a gently turning walk)
  buildings   50,000 Polygons, 5-12 vertices (star-shaped, so always simple), 8-35 m radius
  pois        20,000 Points
Each layer gets the GeoPackage R-tree (OGR default). Same seed => byte-for-byte same features.
Needs Debian's python3-gdal (run with /usr/bin/python3 if a pyenv python shadows it).
"""
import argparse
import math
import os
import random
import sys
import time

from osgeo import ogr, osr

ogr.UseExceptions()

LON0, LON1 = 121.40, 121.60
LAT0, LAT1 = 31.15, 31.30
LATC = (LAT0 + LAT1) / 2
M_PER_DEG_LAT = 110_950.0
M_PER_DEG_LON = 111_320.0 * math.cos(math.radians(LATC))

ROAD_CLASSES = ["primary", "secondary", "tertiary", "residential", "service"]
BUILDING_USES = ["residential", "commercial", "industrial", "public", "school", "hospital"]
POI_KINDS = ["pump", "gauge", "shelter", "depot", "hydrant", "camera"]


def clamp(v, lo, hi):
    return lo if v < lo else hi if v > hi else v


def make_layer(ds, name, gtype, srs, fields):
    lyr = ds.CreateLayer(name, srs, gtype, options=["SPATIAL_INDEX=YES", "FID=fid", "GEOMETRY_NAME=geom"])
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, ftype))
    return lyr


def write_roads(ds, srs, rng, n):
    lyr = make_layer(ds, "roads", ogr.wkbLineString, srs,
                     [("name", ogr.OFTString), ("class", ogr.OFTString), ("lanes", ogr.OFTInteger)])
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for i in range(n):
        nv = rng.randint(2, 8)
        length = rng.uniform(50.0, 400.0)
        step = length / (nv - 1)
        heading = rng.uniform(0.0, 2 * math.pi)
        lon = rng.uniform(LON0, LON1)
        lat = rng.uniform(LAT0, LAT1)
        g = ogr.Geometry(ogr.wkbLineString)
        g.AddPoint_2D(lon, lat)
        for _ in range(nv - 1):
            heading += rng.gauss(0.0, 0.25)
            lon = clamp(lon + step * math.cos(heading) / M_PER_DEG_LON, LON0, LON1)
            lat = clamp(lat + step * math.sin(heading) / M_PER_DEG_LAT, LAT0, LAT1)
            g.AddPoint_2D(lon, lat)
        f = ogr.Feature(defn)
        f.SetFID(i + 1)
        f.SetField("name", "Road %d" % (i + 1))
        f.SetField("class", ROAD_CLASSES[rng.randrange(len(ROAD_CLASSES))])
        f.SetField("lanes", rng.randint(1, 6))
        f.SetGeometryDirectly(g)
        lyr.CreateFeature(f)
        if (i + 1) % 50_000 == 0:
            lyr.CommitTransaction()
            lyr.StartTransaction()
    lyr.CommitTransaction()


def write_buildings(ds, srs, rng, n):
    lyr = make_layer(ds, "buildings", ogr.wkbPolygon, srs,
                     [("use", ogr.OFTString), ("floors", ogr.OFTInteger)])
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for i in range(n):
        nv = rng.randint(5, 12)
        radius = rng.uniform(8.0, 35.0)
        cx = rng.uniform(LON0 + 0.0005, LON1 - 0.0005)
        cy = rng.uniform(LAT0 + 0.0005, LAT1 - 0.0005)
        rot = rng.uniform(0.0, 2 * math.pi)
        # Sorted angles around the centre: a star-shaped, hence simple, ring.
        angles = sorted(rng.uniform(0.0, 2 * math.pi) for _ in range(nv))
        ring = ogr.Geometry(ogr.wkbLinearRing)
        for a in angles:
            r = radius * rng.uniform(0.7, 1.0)
            ring.AddPoint_2D(cx + r * math.cos(a + rot) / M_PER_DEG_LON, cy + r * math.sin(a + rot) / M_PER_DEG_LAT)
        ring.CloseRings()
        g = ogr.Geometry(ogr.wkbPolygon)
        g.AddGeometryDirectly(ring)
        f = ogr.Feature(defn)
        f.SetFID(i + 1)
        f.SetField("use", BUILDING_USES[rng.randrange(len(BUILDING_USES))])
        f.SetField("floors", rng.randint(1, 33))
        f.SetGeometryDirectly(g)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()


def write_points(ds, srs, rng, n):
    lyr = make_layer(ds, "pois", ogr.wkbPoint, srs, [("name", ogr.OFTString), ("kind", ogr.OFTString)])
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for i in range(n):
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(rng.uniform(LON0, LON1), rng.uniform(LAT0, LAT1))
        f = ogr.Feature(defn)
        f.SetFID(i + 1)
        f.SetField("name", "POI %d" % (i + 1))
        f.SetField("kind", POI_KINDS[rng.randrange(len(POI_KINDS))])
        f.SetGeometryDirectly(g)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out")
    ap.add_argument("--roads", type=int, default=300_000)
    ap.add_argument("--buildings", type=int, default=50_000)
    ap.add_argument("--points", type=int, default=20_000)
    ap.add_argument("--seed", type=int, default=20240404)
    a = ap.parse_args()

    t0 = time.monotonic()
    tmp = a.out + ".tmp.gpkg"
    if os.path.exists(tmp):
        os.remove(tmp)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(tmp)
    # Separate streams per layer so changing one count does not change the other layers.
    write_buildings(ds, srs, random.Random(a.seed * 3 + 1), a.buildings)
    write_roads(ds, srs, random.Random(a.seed * 3 + 2), a.roads)
    write_points(ds, srs, random.Random(a.seed * 3 + 3), a.points)
    ds = None
    os.replace(tmp, a.out)
    print("wrote %s: %d roads, %d buildings, %d points in %.1f s"
          % (a.out, a.roads, a.buildings, a.points, time.monotonic() - t0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
