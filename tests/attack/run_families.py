#!/usr/bin/env python3
"""Re-runs the attack families of issue 13 against a floodctl binary (not part of CTest; see README there).

usage: run_families.py FLOODCTL [WORKDIR]
Bad store files (check, import, export on each), bad source files (import), absurd render arguments: every case
must exit non-zero within 20 s, leave the store byte-for-byte unchanged and write no output file.
Prints one line per failure and the counts per family; exit 1 when any case failed."""
import hashlib, json, os, shutil, sqlite3, stat, subprocess, sys, tempfile

ctl = os.path.abspath(sys.argv[1])
keep = len(sys.argv) > 2
work = sys.argv[2] if keep else tempfile.mkdtemp(prefix="fc-attack-")
os.makedirs(work, exist_ok=True)
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=tempfile.mkdtemp(prefix="fc-attack-xdg-"))
P = lambda n: os.path.join(work, n)
fails = []

def run(args):
    try:
        r = subprocess.run([ctl] + args, capture_output=True, timeout=20, env=env)
        return r.returncode, r.stderr.decode("utf-8", "replace")
    except subprocess.TimeoutExpired:
        return None, "hung (timeout)"

def sha(p):
    try:
        with open(p, "rb") as f:
            return hashlib.sha256(f.read()).hexdigest()
    except OSError:
        return None

def write(name, data):
    with open(P(name), "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode())
    return P(name)

def fc(features):
    return json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": p, "geometry": g} for g, p in features]})

good = P("good.gpkg")
if not os.path.exists(good):
    subprocess.run([ctl, "init", good, "--demo"], check=True, capture_output=True, env=env)

def derived(name, sql):
    p = P(name)
    shutil.copy(good, p)
    db = sqlite3.connect(p)
    db.executescript(sql)
    db.commit()
    db.close()
    return p

# ---- bad stores ----
stores = {}
stores["text"] = write("s_text.gpkg", "id,name\n1,防汛墙\n")
stores["empty"] = write("s_empty.gpkg", b"")
stores["header only"] = write("s_header.gpkg", b"SQLite format 3\0")
stores["header + garbage"] = write("s_garbage.gpkg", b"SQLite format 3\0" + b"\x5a" * 8000)
p = P("s_other.sqlite"); sqlite3.connect(p).executescript("CREATE TABLE t(a); INSERT INTO t VALUES (1);"); stores["other sqlite"] = p
p = P("s_gpkg.gpkg"); sqlite3.connect(p).executescript("PRAGMA application_id=1196444487; CREATE TABLE gpkg_contents(table_name TEXT);"); stores["foreign gpkg"] = p
for tag, v in [("2^32", "4294967296"), ("'four'", "'four'"), ("-1", "-1"), ("0", "0"), ("4.5", "4.5"), ("99", "99"),
               ("2^63-1", "9223372036854775807"), ("blob", "x'04'")]:
    stores["schema version " + tag] = derived("s_v%d.gpkg" % len(stores), "INSERT INTO schema_version(version) VALUES (%s)" % v)
stores["no schema version"] = derived("s_nov.gpkg", "DELETE FROM schema_version")
stores["application_id 0"] = derived("s_app0.gpkg", "PRAGMA application_id=0")
stores["user_version 0"] = derived("s_uv0.gpkg", "PRAGMA user_version=0")
stores["no gpkg_extensions"] = derived("s_noext.gpkg", "DROP TABLE gpkg_extensions")
stores["no gpkg_contents"] = derived("s_nocont.gpkg", "DROP TABLE gpkg_contents")
stores["other application"] = derived("s_otherapp.gpkg", "UPDATE fc_meta SET value='Other' WHERE key='application'")
stores["no fc_meta"] = derived("s_nometa.gpkg", "DROP TABLE fc_meta")
p = P("s_corrupt.gpkg"); shutil.copy(good, p)
with open(p, "r+b") as f: f.seek(100); f.write(b"\xff" * 3000)
stores["corrupt schema page"] = p
p = P("s_half.gpkg"); shutil.copy(good, p); os.truncate(p, os.path.getsize(good) // 2); stores["truncated to half"] = p
p = P("s_fifo.gpkg"); os.path.exists(p) or os.mkfifo(p); stores["FIFO"] = p
stores["folder"] = work
stores["device"] = "/dev/zero"
p = P("s_link.gpkg"); os.path.lexists(p) or os.symlink(P("s_fifo.gpkg"), p); stores["symlink to FIFO"] = p
stores["missing"] = P("nope/missing.gpkg")

src = write("src.geojson", fc([({"type": "Point", "coordinates": [121.47, 31.22]}, {"name": "a"})]))
store_cases = 0
for tag, s in stores.items():
    for args in (["check", s], ["import", s, src, "--layer", "hazards"],
                 ["export", s, "--layer", "hazards", P("out_%d.geojson" % store_cases)]):
        store_cases += 1
        regular = os.path.isfile(s) and not stat.S_ISFIFO(os.stat(s).st_mode)
        before = sha(s) if regular else None
        code, err = run(args)
        ok = code not in (0, None) and err.strip() and (not regular or sha(s) == before)
        ok = ok and not os.path.exists(P("out_%d.geojson" % (store_cases - 1)))
        ok = ok and not err.rstrip().endswith(":")
        if not ok:
            fails.append("store %s / %s: exit %s: %s" % (tag, args[0], code, err.strip()[:200]))

# ---- bad source files (import into a good store) ----
target = P("target.gpkg"); shutil.copy(good, target)
sources = {
    "empty geojson": ("hazards", write("b_empty.geojson", "")),
    "truncated geojson": ("hazards", write("b_trunc.geojson", fc([({"type": "Point", "coordinates": [121.47, 31.22]}, {"name": "a"})])[:60])),
    "not json": ("hazards", write("b_text.geojson", "hello")),
    "NaN coordinate": ("roads", write("b_nan.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"LineString","coordinates":[[121.4,31.1],[NaN,NaN],[121.5,31.2]]}}]}')),
    "Infinity coordinate": ("hazards", write("b_inf.geojson", '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{},"geometry":{"type":"Point","coordinates":[Infinity,31.1]}}]}')),
    "unclosed ring": ("blocks", write("b_unclosed.csv", 'name,WKT\na,"POLYGON ((121.4 31.1, 121.5 31.1, 121.5 31.2, 121.4 31.2))"\n')),
    "two-point ring": ("blocks", write("b_tworing.csv", 'name,WKT\na,"POLYGON ((121.4 31.1, 121.5 31.1, 121.4 31.1))"\n')),
    "bow-tie": ("blocks", write("b_bowtie.csv", 'name,WKT\na,"POLYGON ((121.4 31.1, 121.5 31.2, 121.5 31.1, 121.4 31.2, 121.4 31.1))"\n')),
    "hole outside shell": ("blocks", write("b_hole.csv", 'name,WKT\na,"POLYGON ((121.4 31.1, 121.5 31.1, 121.5 31.2, 121.4 31.1), (122 32, 122.1 32, 122.1 32.1, 122 32))"\n')),
    "one-point line": ("roads", write("b_onept.geojson", fc([({"type": "LineString", "coordinates": [[121.4, 31.1]]}, {})]))),
    "zero-length line": ("roads", write("b_zerolen.csv", 'name,WKT\na,"LINESTRING (121.4 31.1, 121.4 31.1)"\n')),
    "lon 500": ("hazards", write("b_lon.geojson", fc([({"type": "Point", "coordinates": [500, 31.1]}, {})]))),
    "line into points": ("shelters", write("b_type.geojson", fc([({"type": "LineString", "coordinates": [[121.4, 31.1], [121.5, 31.2]]}, {})]))),
    "text in integer": ("shelters", write("b_int.geojson", fc([({"type": "Point", "coordinates": [121.4, 31.1]}, {"capacity": "lots"})]))),
    "bad WKT": ("hazards", write("b_wkt.csv", 'name,WKT\na,"POINT (abc def)"\n')),
    "garbage .shp": ("hazards", write("b_garbage.shp", b"\x00\x00\x27\x0a" + b"\x11" * 500)),
    "empty .shp": ("hazards", write("b_empty.shp", b"")),
    "garbage .gpkg": ("hazards", write("b_garbage.gpkg", b"SQLite format 3\0" + b"\x00" * 900)),
    "malformed kml": ("hazards", write("b_bad.kml", "<kml><Document><Placemark><Point><coordinates>1,2")),
    "FIFO": ("hazards", P("b_fifo.geojson")),
    "device": ("hazards", "/dev/zero"),
    "/dev/null": ("hazards", "/dev/null"),
    "folder": ("hazards", work),
    "missing": ("hazards", P("b_missing.geojson")),
    "symlink loop": ("hazards", P("b_loop.geojson")),
}
os.path.exists(P("b_fifo.geojson")) or os.mkfifo(P("b_fifo.geojson"))
os.path.lexists(P("b_loop.geojson")) or os.symlink(P("b_loop.geojson"), P("b_loop.geojson"))
before = sha(target)
for tag, (layer, path) in sources.items():
    code, err = run(["import", target, path, "--layer", layer])
    if code in (0, None) or not err.strip() or sha(target) != before:
        fails.append("source %s: exit %s: %s" % (tag, code, err.strip()[:200]))

# ---- absurd render arguments ----
renders = []
for e in ["nan,31,121.5,31.3", "121.4,nan,121.5,31.3", "inf,31,121.5,31.3", "-inf,31,121.5,31.3", "121.4,31,1e400,31.3",
          "121.4,31.2,121.4,31.3", "121.4,31.2,121.5,31.2", "121.5,31.3,121.4,31.2", "190,31,200,32", "-200,31,-190,32",
          "121,86,122,89", "121,-90,122,-86", "0,0,0,0", "121,31,122", "121,31,122,32,5", "a,b,c,d", ",,,", ""]:
    renders.append(["--extent", e])
for s in ["nonsense", "", "FLOOD", "default;rm"]:
    renders.append(["--style", s])
for s in ["0x0", "-5x5", "10x", "x10", "abc", "99999x99999", "32769x10", "1e3x1e3"]:
    renders.append(["--size", s])
render_cases = 0
data = P("good.gpkg")
for extra in renders:
    render_cases += 1
    out = P("r_%d.png" % render_cases)
    code, err = run(["render", data, out] + extra)
    if code in (0, None) or os.path.exists(out):
        fails.append("render %s: exit %s: %s" % (" ".join(extra), code, err.strip()[:160]))
for name in ["r.bmp", "r.gif", "r", "r.png/", "missing-folder/r.png"]:
    render_cases += 1
    code, err = run(["render", data, P(name), "--size", "100x80"])
    if code in (0, None) or os.path.exists(P(name)):
        fails.append("render output %s: exit %s: %s" % (name, code, err.strip()[:160]))
for tag, d in [("FIFO", P("b_fifo.geojson")), ("folder", work), ("missing", P("nope.gpkg")), ("text", P("s_text.gpkg")), ("device", "/dev/zero")]:
    render_cases += 1
    code, err = run(["render", d, P("r_data.png")])
    if code in (0, None) or os.path.exists(P("r_data.png")):
        fails.append("render data %s: exit %s: %s" % (tag, code, err.strip()[:160]))

for f in fails:
    print("FAIL", f)
print("bad stores: %d files x 3 commands = %d cases" % (len(stores), store_cases))
print("bad sources: %d files" % len(sources))
print("absurd render arguments: %d cases" % render_cases)
print("failed: %d of %d" % (len(fails), store_cases + len(sources) + render_cases))
if not keep:
    shutil.rmtree(work, ignore_errors=True)
    shutil.rmtree(env["XDG_RUNTIME_DIR"], ignore_errors=True)
sys.exit(1 if fails else 0)
