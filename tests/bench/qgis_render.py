#!/usr/bin/python3
"""Render every vector layer of a GeoPackage headless with QGIS (3.22, python3-qgis), for the
side-by-side render benchmark against `floodctl render` (issue 4, "Speed").

Usage: QT_QPA_PLATFORM=offscreen qgis_render.py DATA.gpkg --extent minlon,minlat,maxlon,maxlat
           [--size 1920x1080 ...] [--jobs seq,par] [--repeat N] [--warmup N] [--out PREFIX] [--crs EPSG:3857]

Styles mirror floodctl's default style (app/ctlrender.cpp): per layer a palette colour in layer
order; polygons fill lighter(150) with a darker(130) 0.6 px outline, lines 1 px, points 5 px
circles with a 0.8 px white outline; all sizes in pixels; polygons under lines under points;
antialiasing on; no labels; white background; 96 dpi. The destination CRS is Web Mercator (what
floodctl draws in) so both tools produce the same picture; QGIS reprojects from EPSG:4326 on the
fly while rendering, as a QGIS user would get.

Output lines (parsed by run_render_bench.sh):
  load: <ms>                             (QgsApplication init + opening the layers)
  first <job> <WxH>: <ms>                (warm-up renders, not counted)
  render <job> <WxH> <i>: <ms>
"""
import argparse
import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

t_start = time.perf_counter()
from qgis.core import (QgsApplication, QgsCoordinateReferenceSystem, QgsCoordinateTransform,  # noqa: E402
                       QgsFillSymbol, QgsLineSymbol, QgsMapRendererParallelJob,
                       QgsMapRendererSequentialJob, QgsMapSettings, QgsMarkerSymbol, QgsProject,
                       QgsRectangle, QgsSingleSymbolRenderer, QgsVectorLayer, QgsWkbTypes)
from qgis.PyQt.QtCore import QSize  # noqa: E402
from qgis.PyQt.QtGui import QColor  # noqa: E402

PALETTE = [QColor(31, 119, 180), QColor(255, 127, 14), QColor(44, 160, 44), QColor(214, 39, 40),
           QColor(148, 103, 189), QColor(140, 86, 75), QColor(227, 119, 194), QColor(127, 127, 127)]


def rgba(c):
    return "%d,%d,%d,%d" % (c.red(), c.green(), c.blue(), c.alpha())


def style_layer(layer, k):
    c = PALETTE[k % len(PALETTE)]
    gt = layer.geometryType()
    if gt == QgsWkbTypes.PolygonGeometry:
        sym = QgsFillSymbol.createSimple({
            "color": rgba(c.lighter(150)), "style": "solid",
            "outline_color": rgba(c.darker(130)), "outline_width": "0.6", "outline_width_unit": "Pixel",
            "outline_style": "solid", "joinstyle": "round"})
    elif gt == QgsWkbTypes.LineGeometry:
        sym = QgsLineSymbol.createSimple({
            "line_color": rgba(c), "line_width": "1.0", "line_width_unit": "Pixel",
            "capstyle": "round", "joinstyle": "round"})
    else:
        sym = QgsMarkerSymbol.createSimple({
            "name": "circle", "color": rgba(c), "size": "5", "size_unit": "Pixel",
            "outline_color": "255,255,255,255", "outline_width": "0.8", "outline_width_unit": "Pixel"})
    layer.setRenderer(QgsSingleSymbolRenderer(sym))
    return gt


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("data")
    ap.add_argument("--extent", required=True, help="minlon,minlat,maxlon,maxlat")
    ap.add_argument("--size", action="append", help="WxH (repeatable); default 1920x1080 and 3840x2160")
    ap.add_argument("--jobs", default="seq,par", help="comma list of seq, par")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--warmup", type=int, default=1)
    ap.add_argument("--out", help="write the last image of each job/size to PREFIX-<job>-<WxH>.png")
    ap.add_argument("--crs", default="EPSG:3857", help="destination CRS (EPSG:4326 = no reprojection)")
    a = ap.parse_args()
    sizes = a.size or ["1920x1080", "3840x2160"]
    jobs = [j.strip() for j in a.jobs.split(",") if j.strip()]

    qgs = QgsApplication([], False)
    qgs.initQgis()
    t_load = time.perf_counter()
    uri_layers = []
    from osgeo import ogr  # layer names in file order, as floodctl (OgrReader::layerNames)
    ds = ogr.Open(a.data)
    names = [ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())]
    ds = None
    k = 0
    for name in names:
        lyr = QgsVectorLayer("%s|layername=%s" % (a.data, name), name, "ogr")
        if not lyr.isValid():
            print("qgis_render: cannot open layer %s" % name, file=sys.stderr)
            return 1
        if lyr.featureCount() == 0:
            continue
        gt = style_layer(lyr, k)
        k += 1
        QgsProject.instance().addMapLayer(lyr, False)
        uri_layers.append((gt, lyr))
    rank = {QgsWkbTypes.PolygonGeometry: 0, QgsWkbTypes.LineGeometry: 1}
    uri_layers.sort(key=lambda t: rank.get(t[0], 2))  # stable: polygons, lines, points
    ordered = [l for _, l in reversed(uri_layers)]  # QgsMapSettings wants the top layer first
    load_ms = (time.perf_counter() - t_load) * 1000
    init_ms = (t_load - t_start) * 1000
    print("load: %.0f ms (qgis import+init %.0f ms, layers %.0f ms)" % (init_ms + load_ms, init_ms, load_ms))

    e = [float(v) for v in a.extent.split(",")]
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    dest = QgsCoordinateReferenceSystem(a.crs)
    ext = QgsCoordinateTransform(wgs, dest, QgsProject.instance()).transformBoundingBox(QgsRectangle(*e))

    job_types = {"seq": QgsMapRendererSequentialJob, "par": QgsMapRendererParallelJob}
    for size in sizes:
        w, h = (int(v) for v in size.split("x"))
        ms = QgsMapSettings()
        ms.setLayers(ordered)
        ms.setDestinationCrs(dest)
        ms.setOutputSize(QSize(w, h))
        ms.setOutputDpi(96)
        ms.setExtent(ext)
        ms.setBackgroundColor(QColor(255, 255, 255))
        ms.setFlag(QgsMapSettings.Antialiasing, True)
        ms.setFlag(QgsMapSettings.DrawLabeling, False)
        for rep in range(a.warmup + a.repeat):
            for jname in jobs:  # alternate seq and par
                job = job_types[jname](ms)
                t0 = time.perf_counter()
                job.start()
                job.waitForFinished()
                dt = (time.perf_counter() - t0) * 1000
                if rep < a.warmup:
                    print("first %s %s: %.1f ms" % (jname, size, dt))
                else:
                    print("render %s %s %d: %.1f ms (qgis renderingTime %d ms)"
                          % (jname, size, rep - a.warmup + 1, dt, job.renderingTime()))
                if a.out and rep == a.warmup + a.repeat - 1:
                    job.renderedImage().save("%s-%s-%s.png" % (a.out, jname, size))
                sys.stdout.flush()
    QgsProject.instance().removeAllMapLayers()
    qgs.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
