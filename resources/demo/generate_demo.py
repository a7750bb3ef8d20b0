#!/usr/bin/env python3
"""Generate the FloodCommand demo district: SAMPLE data laid over real geography in outline.

Standard library only, fixed seed, no network: two runs give byte-identical files.
    python3 resources/demo/generate_demo.py [output_dir]   # default: the folder of this script
Writes one RFC 7946 GeoJSON FeatureCollection per layer (WGS84 lon/lat, 6 decimals) and self-checks it.
"""
import json, math, os, random, sys
from datetime import date, datetime, timedelta

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(20240916)          # Typhoon Bebinca landfall day
LAT0, LON0 = 31.22, 121.48             # local equirectangular projection, metres
KX, KY = 111320.0 * math.cos(math.radians(LAT0)), 110880.0

def P(lat, lon): return ((lon - LON0) * KX, (lat - LAT0) * KY)
def LL(p): return [round(LON0 + p[0] / KX, 6), round(LAT0 + p[1] / KY, 6)]
def XY(c): return ((c[0] - LON0) * KX, (c[1] - LAT0) * KY)

# ----------------------------------------------------------------------------- geometry helpers
def dist(a, b): return math.hypot(a[0] - b[0], a[1] - b[1])
def lerp(a, b, t): return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)
def cumul(pl, metric=dist):
    c = [0.0]
    for a, b in zip(pl, pl[1:]): c.append(c[-1] + metric(a, b))
    return c
def length(pl): return cumul(pl)[-1]
def at(pl, c, s):
    s = min(max(s, 0.0), c[-1])
    for i in range(len(pl) - 1):
        if s <= c[i + 1] or i == len(pl) - 2:
            seg = c[i + 1] - c[i]
            return lerp(pl[i], pl[i + 1], 0.0 if seg == 0 else (s - c[i]) / seg)
def sub(pl, s0, s1):
    c = cumul(pl)
    return [at(pl, c, s0)] + [p for p, s in zip(pl, c) if s0 < s < s1] + [at(pl, c, s1)]
def area(r): return 0.5 * sum(r[i - 1][0] * r[i][1] - r[i][0] * r[i - 1][1] for i in range(len(r)))
def centroid(r):
    a, cx, cy = area(r), 0.0, 0.0
    for i in range(len(r)):
        f = r[i - 1][0] * r[i][1] - r[i][0] * r[i - 1][1]
        cx += (r[i - 1][0] + r[i][0]) * f; cy += (r[i - 1][1] + r[i][1]) * f
    return (cx / (6 * a), cy / (6 * a))
def pip(p, r):
    x, y, inside, j = p[0], p[1], False, len(r) - 1
    for i in range(len(r)):
        (xi, yi), (xj, yj) = r[i], r[j]
        if (yi > y) != (yj > y) and x < (xj - xi) * (y - yi) / (yj - yi) + xi: inside = not inside
        j = i
    return inside
def proj(p, a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]; L = dx * dx + dy * dy
    t = 0.0 if L == 0 else max(0.0, min(1.0, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / L))
    return t, (a[0] + t * dx, a[1] + t * dy)
def seg_dist(p, a, b): return dist(p, proj(p, a, b)[1])
def line_dist(p, pl): return min(seg_dist(p, pl[i], pl[i + 1]) for i in range(len(pl) - 1))
def ring_dist(p, r): return line_dist(p, r + [r[0]])
def cross(o, a, b): return (a[0] - o[0]) * (b[1] - o[1]) - (a[1] - o[1]) * (b[0] - o[0])
def seg_x(a, b, c, d):
    return cross(c, d, a) * cross(c, d, b) < 0 and cross(a, b, c) * cross(a, b, d) < 0      # proper crossing only
def simple_ring(r):
    n = len(r)
    for i in range(n):
        for k in range(i + 2, n):
            if (k + 1) % n != i and seg_x(r[i], r[(i + 1) % n], r[k], r[(k + 1) % n]): return False
    return True
def offset(pl, d, closed=False):
    """Offset a polyline/ring to its left by d metres (d may be a list, one per vertex), mitred."""
    n, out = len(pl), []
    for i in range(n):
        a, b, c = (pl[i - 1], pl[i], pl[(i + 1) % n]) if closed else (pl[max(i - 1, 0)], pl[i], pl[min(i + 1, n - 1)])
        nm = [(-(q[1] - p[1]) / dist(p, q), (q[0] - p[0]) / dist(p, q)) for p, q in ((a, b), (b, c)) if dist(p, q) > 0]
        nx, ny = sum(v[0] for v in nm), sum(v[1] for v in nm); L = math.hypot(nx, ny); nx, ny = nx / L, ny / L
        k = max(0.4, nx * nm[0][0] + ny * nm[0][1]); dd = d[i] if isinstance(d, list) else d
        out.append((b[0] + nx * dd / k, b[1] + ny * dd / k))
    return out
def simplify(pl, tol=1.0):
    if len(pl) < 3: return list(pl)
    i, dm = max(((i, seg_dist(pl[i], pl[0], pl[-1])) for i in range(1, len(pl) - 1)), key=lambda t: t[1])
    return [pl[0], pl[-1]] if dm <= tol else simplify(pl[:i + 1], tol)[:-1] + simplify(pl[i:], tol)
def nearest_on(p, pl):
    """(distance, arc length, point, segment index) of the closest point of polyline pl to p."""
    best, c = None, cumul(pl)
    for i in range(len(pl) - 1):
        t, q = proj(p, pl[i], pl[i + 1]); d = dist(p, q)
        if best is None or d < best[0]: best = (d, c[i] + t * (c[i + 1] - c[i]), q, i)
    return best
def rect(c, w, h, ang):
    ca, sa = math.cos(ang), math.sin(ang)
    return [(c[0] + x * ca - y * sa, c[1] + x * sa + y * ca) for x, y in ((-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, h / 2), (-w / 2, h / 2))]
def scale(r, f):
    c = centroid(r); return [lerp(c, p, f) for p in r]

# ----------------------------------------------------------------------------- the district outline
BANK = [(31.2447, 121.4903), (31.2420, 121.4902), (31.2395, 121.4905), (31.2365, 121.4911), (31.2335, 121.4925),
        (31.2310, 121.4955), (31.2290, 121.4990), (31.2250, 121.5010), (31.2200, 121.5025), (31.2160, 121.5030),
        (31.2115, 121.5022), (31.2075, 121.5000), (31.2040, 121.4975), (31.2005, 121.4935), (31.1975, 121.4870),
        (31.1955, 121.4820), (31.1945, 121.4780)]                     # Waibaidu → Lupu Bridge, river west bank
CREEK = [(31.2447, 121.4903), (31.2452, 121.4860), (31.2456, 121.4810), (31.2463, 121.4760), (31.2471, 121.4705),
         (31.2478, 121.4650)]                                          # Suzhou Creek south bank, mouth → west
WEST = [(31.2478, 121.4648), (31.2345, 121.4648), (31.2285, 121.4558), (31.1978, 121.4558)]
SOUTH = [(31.1978, 121.4558), (31.1962, 121.4650), (31.1952, 121.4720)]
BANK_XY, CREEK_XY = [P(*q) for q in BANK], [P(*q) for q in CREEK]
RING = [P(*q) for q in BANK[::-1] + CREEK[1:] + WEST[1:] + SOUTH[1:]]  # CCW, starts at Lupu Bridge
SE, NE, NW = 3, len(BANK) - 1, len(BANK) + len(CREEK) - 2    # SE: the patch corner on the bank NE of Lupu Bridge
SW = NW + len(WEST) - 1
assert area(RING) > 0 and simple_ring(RING)
AREA_KM2 = area(RING) / 1e6

def inside(p, tol=0.0): return pip(p, RING) or (tol > 0 and ring_dist(p, RING) <= tol)
def inward(p, d, line):
    """Point on `line` (a bank) nearest p, moved d metres inland (perpendicular to the bank)."""
    _, s, q, i = nearest_on(p, line)
    a, b = line[i], line[i + 1]; nx, ny = (b[1] - a[1]) / dist(a, b), -(b[0] - a[0]) / dist(a, b)
    sg = 1 if inside((q[0] + nx, q[1] + ny)) else -1
    return (q[0] + sg * nx * d, q[1] + sg * ny * d)

# ----------------------------------------------------------------------------- rivers
def river_band(line, widths):                 # band to the left of `line`
    r = line + offset(line, widths)[::-1]
    return r if area(r) > 0 else r[::-1]
HP_LINE = [P(31.2560, 121.5010), P(31.2515, 121.4960), P(31.2472, 121.4913)] + BANK_XY + [P(31.1925, 121.4735), P(31.1895, 121.4680)]
HUANGPU = river_band(HP_LINE, [round(RNG.uniform(440, 560)) for _ in HP_LINE])
CR_LINE = [P(31.2448, 121.4915)] + CREEK_XY + [P(31.2481, 121.4600)]
SUZHOU = river_band(CR_LINE, [-round(RNG.uniform(62, 78)) for _ in CR_LINE])
assert simple_ring(HUANGPU) and simple_ring(SUZHOU)

# ----------------------------------------------------------------------------- curvilinear street grid (Coons patch)
Q = offset(RING, 30.0, closed=True)          # roads run at least 30 m inside the boundary
def pseudo(a, b): return abs(b[1] - a[1]) + 0.15 * abs(b[0] - a[0])
class Curve:
    def __init__(s, pl, metric=dist): s.pl, s.c = pl, cumul(pl, metric)
    def __call__(s, t): return at(s.pl, s.c, t * s.c[-1])
    def t_of_y(s, y):
        for i in range(len(s.pl) - 1):
            a, b = s.pl[i], s.pl[i + 1]
            if min(a[1], b[1]) <= y <= max(a[1], b[1]) and a[1] != b[1]:
                return (s.c[i] + (y - a[1]) / (b[1] - a[1]) * (s.c[i + 1] - s.c[i])) / s.c[-1]
        return 0.0 if y < s.pl[0][1] else 1.0
CE, CN = Curve(Q[SE:NE + 1], pseudo), Curve(Q[NE:NW + 1][::-1])
CW, CS = Curve(Q[NW:SW + 1][::-1], pseudo), Curve(Q[SW:] + Q[:SE + 1])
C00, C10, C01, C11 = CS(0), CS(1), CN(0), CN(1)
def coons(u, v):
    w, e, s, n = CW(v), CE(v), CS(u), CN(u)
    return tuple((1 - u) * w[k] + u * e[k] + (1 - v) * s[k] + v * n[k] - ((1 - u) * (1 - v) * C00[k] + u * (1 - v) * C10[k]
                 + (1 - u) * v * C01[k] + u * v * C11[k]) for k in (0, 1))

# rows, south → north: (lat at west end, lat at east end, bend, [(first column index NOT named so, name), ...])
ROWS = [(None, None, 0, [(8, '龙华东路'), (15, '中山南一路')]),
        (31.2012, 31.2022, 0, [(7, '肇嘉浜路'), (15, '花园港路')]),
        (31.2046, 31.2036, .004, [(15, '斜土路')]),
        (31.2062, 31.2056, 0, [(7, '瞿溪路'), (15, '半淞园路')]),
        (31.2078, 31.2082, 0, [(7, '丽园路'), (15, '南塘浜路')]),
        (31.2093, 31.2115, 0, [(7, '建国中路'), (15, '建国东路')]),
        (31.2110, 31.2150, 0, [(7, '徐家汇路'), (15, '陆家浜路')]),
        (31.2132, 31.2180, 0, [(5, '永年路'), (10, '蓬莱路'), (15, '董家渡路')]),
        (31.2155, 31.2205, 0, [(7, '合肥路'), (11, '文庙路'), (15, '王家码头路')]),
        (31.2178, 31.2228, 0, [(6, '复兴中路'), (15, '复兴东路')]),
        (31.2200, 31.2250, 0, [(7, '自忠路'), (11, '方浜中路'), (15, '东门路')]),
        (31.2225, 31.2272, -.003, [(6, '淮海中路'), (9, '淮海东路'), (15, '福佑路')]),
        (31.2248, 31.2296, .003, [(7, '兴业路'), (15, '人民路')]),
        (31.2270, 31.2316, 0, [(7, '金陵中路'), (15, '金陵东路')]),
        (31.2295, 31.2335, 0, [(15, '延安东路')]),
        (31.2313, 31.2348, 0, [(4, '武胜路'), (15, '广东路')]),
        (31.2333, 31.2360, 0, [(7, '人民大道'), (15, '福州路')]),
        (31.2353, 31.2372, 0, [(4, '威海路'), (15, '汉口路')]),
        (31.2373, 31.2383, 0, [(4, '凤阳路'), (15, '九江路')]),
        (31.2393, 31.2395, 0, [(7, '南京西路'), (15, '南京东路')]),
        (31.2413, 31.2406, 0, [(4, '牛庄路'), (15, '天津路')]),
        (31.2433, 31.2417, 0, [(4, '新闸路'), (15, '宁波路')]),
        (31.2452, 31.2429, 0, [(7, '北京西路'), (15, '北京东路')]),
        (None, None, 0, [(15, '南苏州路')])]
# columns, west → east: lon at lat 31.215 / 31.232 / 31.244, names (south, middle, north zone)
ANCHOR_LATS = (31.215, 31.232, 31.244)
COLS = [(None, ('陕西南路', '陕西南路', '成都北路')),
        ((121.4600, 121.4645, 121.4668), ('嘉善路', '茂名南路', '重庆北路')),
        ((121.4635, 121.4668, 121.4683), ('瑞金南路', '瑞金二路', '长沙路')),
        ((121.4672, 121.4690, 121.4698), ('打浦路', '思南路', '黄河路')),
        ((121.4700, 121.4712, 121.4713), ('蒙自路', '重庆南路', '黄陂北路')),
        ((121.4728, 121.4730, 121.4728), ('鲁班路', '马当路', '六合路')),
        ((121.4756, 121.4748, 121.4744), ('局门路', '黄陂南路', '北海路')),
        ((121.4810, 121.4768, 121.4760), ('西藏南路', '西藏南路', '西藏中路')),
        ((121.4840, 121.4790, 121.4785), ('制造局路', '云南南路', '云南中路')),
        ((121.4870, 121.4808, 121.4800), ('大林路', '露香园路', '浙江中路')),
        ((121.4900, 121.4825, 121.4818), ('南车站路', '中华路', '福建中路')),
        ((121.4930, 121.4850, 121.4835), ('高雄路', '河南南路', '河南中路')),
        ((121.4960, 121.4875, 121.4855), ('江边路', '光启南路', '江西中路')),
        ((121.4990, 121.4905, 121.4876), ('普育东路', '外咸瓜街', '四川中路')),
        (None, None)]                                           # the riverside road, named by latitude
R, C = len(ROWS), len(COLS)
def zone(j): return 0 if j < 6 else 1 if j < 14 else 2        # for the cells / column edges between rows j and j+1
def riverside_name(lat):
    return '中山东一路' if lat > 31.2335 else '中山东二路' if lat > 31.2250 else '中山南路' if lat > 31.2060 else '中山南一路'

ROWV = []
for j, (lw, le, bend, _) in enumerate(ROWS):
    vw = 0.0 if j == 0 else 1.0 if j == R - 1 else CW.t_of_y(P(lw, 0)[1])
    ve = 0.0 if j == 0 else 1.0 if j == R - 1 else CE.t_of_y(P(le, 0)[1])
    ROWV.append((vw, ve, bend + (0 if j in (0, R - 1) else RNG.uniform(-.0015, .0015))))
def row_v(j, u): vw, ve, b = ROWV[j]; return vw + (ve - vw) * u + b * math.sin(math.pi * u)
COLU = []
for i, (lons, _) in enumerate(COLS):
    if lons is None: COLU.append(None); continue
    anchors = []
    for lat, lon in zip(ANCHOR_LATS, lons):
        y = P(lat, 0)[1]; v = 0.5 * (CW.t_of_y(y) + CE.t_of_y(y))
        anchors.append((v, (P(lat, lon)[0] - CW(v)[0]) / (CE(v)[0] - CW(v)[0])))
    COLU.append((sorted(anchors), RNG.uniform(-.004, .004), RNG.uniform(0, 6.28)))
def col_u(i, v):
    if COLU[i] is None: return 0.0 if i == 0 else 1.0
    an, amp, ph = COLU[i]
    if v <= an[0][0]: u = an[0][1]
    elif v >= an[-1][0]: u = an[-1][1]
    else:
        k = max(k for k in range(len(an) - 1) if an[k][0] <= v)
        u = an[k][1] + (an[k + 1][1] - an[k][1]) * (v - an[k][0]) / (an[k + 1][0] - an[k][0])
    return u + amp * math.sin(2 * math.pi * v + ph) * math.sin(math.pi * v)
NODE_UV = {}
for i in range(C):
    for j in range(R):
        u = col_u(i, row_v(j, 0.5))
        for _ in range(40): v = row_v(j, u); u = col_u(i, v)
        NODE_UV[i, j] = (u, v)
def sample(fn, t0, t1):
    n = max(2, int(dist(fn(t0), fn(t1)) / 25) + 2)
    return simplify([fn(t0 + (t1 - t0) * k / (n - 1)) for k in range(n)], 1.0)
EDGE = {}                                                    # ('h', i, j): row j, col i → i+1; ('v', i, j): col i, row j → j+1
for i in range(C):
    for j in range(R):
        u, v = NODE_UV[i, j]
        if i < C - 1: EDGE['h', i, j] = sample(lambda t, j=j: coons(t, row_v(j, t)), u, NODE_UV[i + 1, j][0])
        if j < R - 1: EDGE['v', i, j] = sample(lambda t, i=i: coons(col_u(i, t), t), v, NODE_UV[i, j + 1][1])
for k, pl in EDGE.items():                                   # edge ends snap exactly onto their nodes
    pl[0] = coons(*NODE_UV[k[1], k[2]]); pl[-1] = coons(*NODE_UV[(k[1] + 1, k[2]) if k[0] == 'h' else (k[1], k[2] + 1)])

# ----------------------------------------------------------------------------- blocks (cells, some merged)
def cell_ring(i0, j0, i1, j1):
    r = []
    for i in range(i0, i1 + 1): r += EDGE['h', i, j0][:-1]
    for j in range(j0, j1 + 1): r += EDGE['v', i1 + 1, j][:-1]
    for i in range(i1, i0 - 1, -1): r += EDGE['h', i, j1 + 1][::-1][:-1]
    for j in range(j1, j0 - 1, -1): r += EDGE['v', i0, j][::-1][:-1]
    return r
GROUP, GROUPS = {}, []                                       # cell → group index; group = [i0, j0, i1, j1, name, landuse]
def add_group(i0, j0, i1, j1, name=None, landuse=None):
    cells = [(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]
    if min(i0, j0) < 0 or i1 > C - 2 or j1 > R - 2 or any(c in GROUP for c in cells): return False
    for c in cells: GROUP[c] = len(GROUPS)
    GROUPS.append([i0, j0, i1, j1, name, landuse]); return True
def cell_at(lat, lon):
    p = P(lat, lon)
    return next(((i, j) for i in range(C - 1) for j in range(R - 1) if pip(p, cell_ring(i, j, i, j))), None)
add_group(4, 14, 6, 15, '人民广场', 'park')
LANDMARKS = [('豫园·城隍庙', 31.2272, 121.4921, 'historic', (-1, 0)), ('新天地', 31.2195, 121.4745, 'commercial', (1, 0)),
             ('复兴公园', 31.2170, 121.4665, 'park', (0, 1)), ('淮海公园', 31.2238, 121.4725, 'park', None),
             ('外滩源', 31.2428, 121.4885, 'historic', None), ('和平饭店', 31.2400, 121.4888, 'historic', None),
             ('第一百货商业中心', 31.2358, 121.4778, 'commercial', None), ('大世界', 31.2300, 121.4790, 'commercial', None),
             ('文庙', 31.2180, 121.4885, 'historic', None), ('十六铺', 31.2280, 121.4972, 'commercial', None),
             ('瑞金医院', 31.2110, 121.4640, 'public', (0, 1)), ('田子坊', 31.2085, 121.4690, 'historic', None),
             ('世博浦西园区', 31.1990, 121.4850, 'public', (1, 0)), ('南浦滨江绿地', 31.2060, 121.4975, 'park', None),
             ('卢湾体育中心', 31.2105, 121.4668, 'public', None), ('上海科技京城', 31.2335, 121.4805, 'office', None)]
for name, lat, lon, lu, m in LANDMARKS:
    c = cell_at(lat, lon); assert c, name
    if c in GROUP: continue
    if m and add_group(min(c[0], c[0] + m[0]), min(c[1], c[1] + m[1]), max(c[0], c[0] + m[0]), max(c[1], c[1] + m[1]), name, lu): continue
    add_group(c[0], c[1], c[0], c[1], name, lu)
for _ in range(14):                                          # a few larger plots break the lattice
    i, j = RNG.randrange(C - 1), RNG.randrange(R - 1)
    (add_group(i, j, i + 1, j) if RNG.random() < .5 else add_group(i, j, i, j + 1))
for i in range(C - 1):
    for j in range(R - 1):
        if (i, j) not in GROUP: add_group(i, j, i, j)
def landuse_for(i, j):
    r, z = RNG.random(), zone(j)
    if z == 2:
        if i >= 13: return 'historic'
        if i >= 9: return 'office' if r < .45 else 'commercial' if r < .8 else 'historic'
        return 'commercial' if r < .4 else 'office' if r < .6 else 'residential' if r < .9 else 'public'
    if z == 1:
        if i >= 9: return 'residential' if r < .5 else 'historic' if r < .65 else 'commercial' if r < .85 else 'public'
        return 'residential' if r < .45 else 'commercial' if r < .7 else 'office' if r < .85 else 'public' if r < .95 else 'park'
    if i >= 12: return 'park' if r < .35 else 'public' if r < .6 else 'residential'
    return 'residential' if r < .6 else 'public' if r < .75 else 'commercial' if r < .9 else 'park'
BLOCKS = []                                                  # (ring, landuse, name, i0, j0)
for i0, j0, i1, j1, name, lu in GROUPS:
    cell = cell_ring(i0, j0, i1, j1); ring = offset(cell, 10.0, closed=True)
    if not simple_ring(ring): ring = scale(cell, 1 - 20 / math.sqrt(area(cell)))   # kinked cell: shrink instead
    if area(ring) < 1500 or not simple_ring(ring): continue
    BLOCKS.append((simplify(ring + [ring[0]], 0.5)[:-1], lu or landuse_for(i0, j0), name, i0, j0))

# ----------------------------------------------------------------------------- roads (segments between intersections)
def row_name(j, i): return next(n for k, n in ROWS[j][3] if i < k)
def col_name(i, j, pl):
    if i == C - 1: return riverside_name(LL(pl[len(pl) // 2])[1])
    return COLS[i][1][zone(j)]
segs = []                                                    # [node_a, node_b, points, name, 'h' row | 'v' column]
for j in range(R):
    for i in range(C - 1):
        if 0 < j < R - 1 and GROUP[i, j - 1] == GROUP[i, j]: continue
        segs.append([(i, j), (i + 1, j), EDGE['h', i, j], row_name(j, i), 'h'])
for i in range(C):
    for j in range(R - 1):
        if 0 < i < C - 1 and GROUP[i - 1, j] == GROUP[i, j]: continue
        segs.append([(i, j), (i, j + 1), EDGE['v', i, j], col_name(i, j, EDGE['v', i, j]), 'v'])
while True:                                                  # join straight-through chains at degree-2 nodes
    deg = {}
    for k, s in enumerate(segs):
        for n in s[:2]: deg.setdefault(n, []).append(k)
    pair = next((ks for n, ks in sorted(deg.items()) if len(ks) == 2 and segs[ks[0]][3] == segs[ks[1]][3]), None)
    if not pair: break
    a, b = segs[pair[0]], segs[pair[1]]
    if a[1] not in b[:2]: a = [a[1], a[0], a[2][::-1]] + a[3:]
    if b[0] != a[1]: b = [b[1], b[0], b[2][::-1]] + b[3:]
    segs[pair[0]] = [a[0], b[1], a[2] + b[2][1:]] + a[3:]; del segs[pair[1]]
NODE_NAMES = {}
for s in segs:
    for n in s[:2]: NODE_NAMES.setdefault(n, set()).add((s[3], s[4]))
CLASS = {}
for cls, names in (('primary', '中山东一路 中山东二路 中山南路 中山南一路 延安东路 西藏中路 西藏南路 人民路 复兴东路 复兴中路 徐家汇路 '
                               '陆家浜路 肇嘉浜路 河南中路 河南南路 成都北路 淮海中路'),
                   ('secondary', '南京东路 南京西路 北京东路 北京西路 福州路 金陵东路 金陵中路 浙江中路 淮海东路 中华路 四川中路 江西中路 '
                                 '斜土路 鲁班路 打浦路 重庆南路 重庆北路 建国东路 建国中路 陕西南路 瑞金二路 瑞金南路 龙华东路 南苏州路 '
                                 '制造局路 黄陂南路 黄陂北路 人民大道 威海路 新闸路 南车站路 董家渡路'),
                   ('tertiary', '九江路 汉口路 天津路 宁波路 广东路 顺昌路 合肥路 自忠路 瞿溪路 丽园路 局门路 蒙自路 嘉善路 茂名南路 思南路 '
                                '马当路 云南中路 云南南路 福建中路 东门路 半淞园路 蓬莱路 光启南路 方浜中路 武胜路')):
    for n in names.split(): CLASS[n] = cls
LANES = {n: {'primary': RNG.choice((6, 6, 8)), 'secondary': RNG.choice((4, 4, 3)), 'tertiary': RNG.choice((2, 3)),
             'residential': RNG.choice((1, 2, 2))}[CLASS.get(n, 'residential')] for n in sorted({s[3] for s in segs})}
PINYIN = dict(x.split(':') for x in (
    '陕:shaan 西:xi 南:nan 成:cheng 都:du 北:bei 嘉:jia 善:shan 茂:mao 名:ming 重:chong 庆:qing 瑞:rui 金:jin 长:chang 沙:sha '
    '打:da 浦:pu 思:si 黄:huang 河:he 蒙:meng 自:zi 陂:pi 鲁:lu 班:ban 马:ma 当:dang 六:liu 合:he 局:ju 门:men 海:hai 藏:zang '
    '中:zhong 制:zhi 造:zao 云:yun 大:da 林:lin 露:lu 香:xiang 园:yuan 浙:zhe 江:jiang 车:che 站:zhan 华:hua 福:fu 建:jian '
    '高:gao 雄:xiong 光:guang 启:qi 边:bian 普:pu 育:yu 东:dong 外:wai 咸:xian 瓜:gua 四:si 川:chuan 山:shan 龙:long 肇:zhao '
    '浜:bang 花:hua 港:gang 斜:xie 土:tu 瞿:qu 溪:xi 半:ban 淞:song 丽:li 塘:tang 国:guo 徐:xu 家:jia 汇:hui 陆:lu 永:yong '
    '年:nian 蓬:peng 莱:lai 董:dong 渡:du 肥:fei 文:wen 庙:miao 王:wang 码:ma 头:tou 复:fu 兴:xing 忠:zhong 方:fang 淮:huai '
    '佑:you 业:ye 人:ren 民:min 陵:ling 延:yan 安:an 武:wu 胜:sheng 广:guang 州:zhou 威:wei 汉:han 口:kou 凤:feng 阳:yang '
    '九:jiu 京:jing 牛:niu 庄:zhuang 天:tian 津:jin 新:xin 闸:zha 宁:ning 波:bo 苏:su 顺:shun 昌:chang 二:er 一:yi').split())
SUFFIX = [('东一路', 'Rd (E1)'), ('东二路', 'Rd (E2)'), ('南一路', 'Rd (S1)'), ('二路', 'Rd (2)'), ('东路', 'Rd (E)'),
          ('西路', 'Rd (W)'), ('南路', 'Rd (S)'), ('北路', 'Rd (N)'), ('中路', 'Rd (M)'), ('大道', 'Ave'), ('路', 'Rd'), ('街', 'St')]
def base_name(n): return next(n[:-len(suf)] for suf, _ in SUFFIX if n.endswith(suf) and len(n) - len(suf) >= 2)
def name_en(n):
    for suf, en in SUFFIX:
        if n.endswith(suf) and len(n) - len(suf) >= 2:
            base = ''.join(PINYIN[ch] for ch in n[:-len(suf)]); return base[0].upper() + base[1:] + ' ' + en

# ----------------------------------------------------------------------------- feature helpers, streets, names
FEATS = {}
def feat(layer, gtype, xy, props):
    if gtype == 'Point': coords = LL(xy)
    elif gtype == 'LineString': coords = [LL(p) for p in xy]
    else:
        r = list(xy) if area(xy) > 0 else list(xy)[::-1]; coords = [[LL(p) for p in r + [r[0]]]]
    FEATS.setdefault(layer, []).append({'type': 'Feature', 'geometry': {'type': gtype, 'coordinates': coords}, 'properties': props})
STREETS = [('外滩', 31.2400, 121.4860), ('南京东路', 31.2375, 121.4760), ('豫园', 31.2275, 121.4910), ('小东门', 31.2230, 121.4990),
           ('老西门', 31.2180, 121.4850), ('半淞园路', 31.2040, 121.4930), ('五里桥', 31.2010, 121.4760), ('打浦桥', 31.2060, 121.4660),
           ('淮海中路', 31.2230, 121.4700), ('瑞金二路', 31.2140, 121.4615)]
def street(p): return min(STREETS, key=lambda s: dist(p, P(s[1], s[2])))[0] + '街道'
def nearest_road(p): return min(segs, key=lambda s: line_dist(p, s[2]))
def address(p): return f'{nearest_road(p)[3]}{RNG.randint(1, 600)}号'
def phone(): return f'021-6{RNG.randint(0, 9999999):07d}'
def rand_date(d0, d1): d = date.fromisoformat(d0); return d + timedelta(days=RNG.randint(0, (date.fromisoformat(d1) - d).days))
def rand_ts(d0, d1): return f'{rand_date(d0, d1).isoformat()}T{RNG.randint(0, 23):02d}:{RNG.choice((0, 10, 20, 30, 40, 50)):02d}:00Z'
def rand_in(ring):
    xs, ys = [p[0] for p in ring], [p[1] for p in ring]
    while True:
        p = (RNG.uniform(min(xs), max(xs)), RNG.uniform(min(ys), max(ys)))
        if pip(p, ring): return p
def jitter(lat, lon, r):
    while True:
        p = (P(lat, lon)[0] + RNG.uniform(-r, r), P(lat, lon)[1] + RNG.uniform(-r, r))
        if inside(p) and dist(p, nearest_on(p, RING + [RING[0]])[2]) > 15: return p
def pt(lat, lon): p = P(lat, lon); assert inside(p), (lat, lon); return p

# ----------------------------------------------------------------------------- layers 1-4
feat('district_boundary', 'Polygon', RING, {'id': 'D-01', 'name': '示范区（样例数据）', 'name_en': 'Demo District (sample data)',
                                             'area_km2': round(AREA_KM2, 2)})
feat('river', 'Polygon', HUANGPU, {'id': 'RV-01', 'name': '黄浦江', 'name_en': 'Huangpu River', 'kind': 'river'})
feat('river', 'Polygon', SUZHOU, {'id': 'RV-02', 'name': '苏州河', 'name_en': 'Suzhou Creek', 'kind': 'creek'})
for k, (a, b, pl, n, _) in enumerate(segs, 1):
    feat('roads', 'LineString', pl, {'id': f'R-{k:04d}', 'name': n, 'name_en': name_en(n), 'class': CLASS.get(n, 'residential'),
                                     'lanes': LANES[n]})
for k, (ring, lu, name, _, _) in enumerate(BLOCKS, 1):
    feat('blocks', 'Polygon', ring, dict({'id': f'B-{k:03d}', 'landuse': lu}, **({'name': name} if name else {})))

# ----------------------------------------------------------------------------- 5-6 flood walls and gates
RIVER_SECTIONS = [(31.2335, '外滩段'), (31.2250, '十六铺段'), (31.2180, '老码头段'), (31.2100, '董家渡段'), (31.2020, '南浦段'),
                  (31.1965, '半淞园段'), (-90, '卢浦段')]
BRIDGES = [('外白渡桥', 121.4903), ('乍浦路桥', 121.4882), ('四川路桥', 121.4868), ('河南路桥', 121.4838), ('福建路桥', 121.4808),
           ('浙江路桥', 121.4780), ('西藏路桥', 121.4748), ('乌镇路桥', 121.4712), ('新闸路桥', 121.4680), ('成都路桥', 121.4652)]
NUM = '一二三四五六七八九十'
WALLS = []                                                   # (id, line, props)
for line, kind in ((BANK_XY, 'river'), (CREEK_XY, 'creek')):
    n = round(length(line) / 430); w = [RNG.uniform(0.7, 1.3) for _ in range(n)]
    cut = [length(line) * sum(w[:k]) / sum(w) for k in range(n + 1)]
    for k in range(n):
        pl = sub(line, cut[k], cut[k + 1]); mid = LL(at(pl, cumul(pl), length(pl) / 2))
        if kind == 'river':
            name = next(nm for th, nm in RIVER_SECTIONS if mid[1] > th)
            crest = 6.9 if name == '外滩段' else round(RNG.uniform(6.3, 6.85), 2)
            unit = '区外滩风景区管理办公室' if name == '外滩段' else '区水务管理所南外滩堤防站' if mid[1] > 31.2100 else '区水务管理所世博堤防站'
        else:
            b = [min(BRIDGES, key=lambda t: abs(t[1] - LL(q)[0]))[0] for q in (pl[0], pl[-1])]
            name, crest, unit = f'苏州河{b[0]}—{b[1]}段', round(RNG.uniform(5.2, 5.8), 2), '苏州河堤防管理站'
        WALLS.append([f'FW-{len(WALLS) + 1:02d}', pl, {'name': name, 'crest_m': crest, 'design_tide_m': 5.86 if kind == 'river' else 5.0,
                      'unit': unit, 'condition': RNG.choice(('good', 'good', 'good', 'fair')),
                      'built_year': 2010 if name == '外滩段' else RNG.randint(1996, 2018) if kind == 'river' else RNG.randint(1999, 2005),
                      'kind': kind, 'length_m': round(length(pl))}])
for wid, crest, cond in (('老码头段', 6.05, 'poor'), ('南浦段', 6.15, 'fair'), ('卢浦段', 6.2, 'fair')):   # the low sections
    w = next(w for w in WALLS if w[2]['name'] == wid); w[2]['crest_m'], w[2]['condition'] = crest, cond
for nm in sorted({w[2]['name'] for w in WALLS}):
    same = [w for w in WALLS if w[2]['name'] == nm]
    if len(same) > 1:
        for k, w in enumerate(same): w[2]['name'] = f'{nm}（{NUM[k]}）'
for wid, pl, props in WALLS: feat('flood_walls', 'LineString', pl, dict({'id': wid}, **props))
def wall_at(p):
    return min(((nearest_on(p, w[1])[0], w) for w in WALLS), key=lambda t: t[0])[1]
gates = [(row_name(j, C - 2), coons(*NODE_UV[C - 1, j]), BANK_XY, '口防汛闸门') for j in (1, 3, 5, 7, 9, 11, 12, 13, 14, 16, 18, 19, 21)]
gates += [(COLS[i][1][2], coons(*NODE_UV[i, R - 1]), CREEK_XY, '苏州河闸门') for i in (4, 9, 13)]
gates.insert(4, ('十六铺码头', P(31.2290, 121.4990), BANK_XY, '防汛闸门'))
for k, (road, near, line, suffix) in enumerate(gates, 1):
    q = nearest_on(near, line)[2]; w = wall_at(q)
    nm = f'{road}{suffix}' if suffix != '苏州河闸门' else f'苏州河{road}口防汛闸门'
    feat('flood_gates', 'Point', q, {'id': f'FG-{k:02d}', 'name': nm, 'wall_id': w[0], 'width_m': RNG.choice((4, 5, 6, 6, 8, 10, 12)),
                                     'state': 'closed' if k in (3, 9) else 'open', 'last_operated': rand_ts('2025-06-01', '2025-09-20'),
                                     'unit': w[2]['unit']})

# ----------------------------------------------------------------------------- 7 waterlogging roads (low-lying sections)
DIPS = [(31.2065, 121.4690, .95, 330), (31.2100, 121.4640, .8, 300), (31.2130, 121.4830, .85, 300), (31.2190, 121.4870, .7, 280),
        (31.2260, 121.4930, .6, 250), (31.2150, 121.4980, .75, 300), (31.2040, 121.4900, .75, 300), (31.2360, 121.4840, .65, 250),
        (31.2250, 121.4770, .55, 250), (31.2015, 121.4740, .8, 300), (31.2395, 121.4880, .5, 200)]
def elev(p): return 4.1 - sum(d * math.exp(-dist(p, P(la, lo)) ** 2 / (2 * s * s)) for la, lo, d, s in DIPS)
def seg_low(s): return min(elev(q) for q in sample(lambda t: at(s[2], cumul(s[2]), t), 0, length(s[2])))
cands, used_nodes, wl = sorted(segs, key=lambda s: (seg_low(s), s[0], s[1])), set(), []
for s in cands:
    if len(wl) == 32: break
    if s[0] in used_nodes or s[1] in used_nodes or length(s[2]) < 60: continue
    used_nodes.update(s[:2]); wl.append(s)
lo_e, hi_e = seg_low(wl[0]), seg_low(wl[-1])
WL = []
for k, s in enumerate(wl, 1):
    L = length(s[2]); pl = s[2] if L <= 260 else sub(s[2], (L - 240) / 2, (L + 240) / 2)
    ends = [sorted(nm for nm, o in NODE_NAMES[n] if o != s[4]) or sorted(nm for nm, o in NODE_NAMES[n] if nm != s[3]) for n in s[:2]]
    cross_names = '—'.join(e[0] for e in ends if e)
    e = 2.8 + 0.6 * (seg_low(s) - lo_e) / (hi_e - lo_e)
    props = {'id': f'WL-{k:02d}', 'name': f'{s[3]}（{cross_names}）', 'road': s[3],
             'road_segment_id': f'R-{segs.index(s) + 1:04d}', 'max_depth_cm': int(max(15, min(60, 60 - (e - 2.8) / 0.6 * 42 + RNG.randint(-3, 3)))),
             'last_event': RNG.choice(('2024-09-16', '2024-06-21', '2024-06-30', '2024-07-22', '2025-07-31', '2025-08-08', '2023-07-30')),
             'low_point_elev_m': round(e, 2)}
    WL.append((pl, props)); feat('waterlogging_roads', 'LineString', pl, props)

# ----------------------------------------------------------------------------- 8 rooftop / podium greenery
BUILD_SUFFIX = ['大厦', '广场', '中心', '商厦', '大楼', '国际大厦', '金融中心', '商务楼']
gblocks = [b for b in BLOCKS if b[1] in ('commercial', 'office')]
RNG.shuffle(gblocks); names_used = set()
for k, b in enumerate(gblocks[:34], 1):
    p = rand_in(scale(b[0], 0.8)); road = nearest_road(p)[3]; kind = 'rooftop' if RNG.random() < .6 else 'podium'
    while True:
        bn = base_name(road) + RNG.choice(BUILD_SUFFIX)
        if bn not in names_used: names_used.add(bn); break
    trees = RNG.choice((0, 0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 18, 25))
    feat('greenery', 'Point', p, {'id': f'RG-{k:02d}', 'name': bn + ('屋顶花园' if kind == 'rooftop' else '裙房屋顶绿化'),
                                  'address': f'{road}{RNG.randint(1, 600)}号', 'kind': kind, 'area_m2': RNG.randrange(150, 2800, 10),
                                  'tall_trees': trees, 'last_inspection': rand_date('2025-06-01', '2025-09-10').isoformat(),
                                  'status': 'ok' if trees < 3 or RNG.random() < .45 else RNG.choice(('needs_pruning', 'needs_pruning', 'needs_bracing'))})

# ----------------------------------------------------------------------------- 10-11 underground spaces, construction sites
UG = [('人民广场地下商城', 'mall', 31.2305, 121.4742, 2, 230, 90, 12, 24), ('人民广场站', 'metro', 31.2342, 121.4760, 3, 200, 40, 14, 28),
      ('南京东路站', 'metro', 31.2385, 121.4840, 2, 180, 35, 7, 14), ('豫园站', 'metro', 31.2262, 121.4890, 3, 190, 30, 6, 12),
      ('新天地站', 'metro', 31.2172, 121.4735, 3, 180, 30, 6, 12), ('老西门站', 'metro', 31.2165, 121.4840, 2, 170, 30, 6, 12),
      ('大世界站', 'metro', 31.2298, 121.4798, 2, 160, 30, 4, 8), ('陆家浜路站', 'metro', 31.2115, 121.4895, 3, 190, 35, 6, 12),
      ('马当路站', 'metro', 31.2090, 121.4720, 3, 180, 30, 5, 10), ('外滩源地下车库', 'garage', 31.2420, 121.4875, 3, 110, 70, 2, 4),
      ('十六铺地下车库', 'garage', 31.2280, 121.4968, 2, 120, 60, 3, 6), ('新天地地下车库', 'garage', 31.2205, 121.4762, 3, 100, 80, 2, 4),
      ('董家渡人防工程', 'civil_defence', 31.2150, 121.4960, 1, 60, 40, 2, 3), ('打浦桥人防工程', 'civil_defence', 31.2058, 121.4682, 1, 55, 35, 2, 2),
      ('淮海中路民防工程', 'civil_defence', 31.2232, 121.4700, 2, 70, 45, 3, 4)]
UGS = []
for k, (nm, kind, lat, lon, lv, w, h, ent, bar) in enumerate(UG, 1):
    c = pt(lat, lon); s = nearest_road(c)[2]; _, _, _, i = nearest_on(c, s)
    ring = rect(c, w, h, math.atan2(s[i + 1][1] - s[i][1], s[i + 1][0] - s[i][0]) if kind == 'metro' else 0.0)
    UGS.append((nm, ring))
    feat('underground_spaces', 'Polygon', ring, {'id': f'UG-{k:02d}', 'name': nm, 'kind': kind, 'levels': lv, 'area_m2': round(area(ring)),
                                                'entrances': ent, 'flood_barriers': bar})
CS = [('董家渡金融城项目', 31.2165, 121.4990, '中建八局', 5, True), ('老西门旧改地块项目', 31.2198, 121.4830, '上海建工一建集团', 3, True),
      ('外滩源二期项目', 31.2436, 121.4862, '上海建工二建集团', 2, True), ('南外滩滨江商办项目', 31.2215, 121.4990, '上海城建集团', 3, True),
      ('豫园东南地块项目', 31.2240, 121.4948, '上海建工四建集团', 2, False), ('打浦桥地块项目', 31.2040, 121.4705, '中建三局', 4, True),
      ('世博浦西文化配套项目', 31.2005, 121.4860, '上海建工七建集团', 2, False), ('建国东路旧改地块', 31.2120, 121.4765, '中铁建工集团', 3, True),
      ('半淞园路地块项目', 31.2068, 121.4918, '上海隧道工程股份', 1, False), ('瞿溪路学校扩建工程', 31.2045, 121.4800, '上海建工五建集团', 1, False)]
used_blocks = set()
for k, (nm, lat, lon, con, cranes, pit) in enumerate(CS, 1):
    p = pt(lat, lon)
    b = min((b for b in BLOCKS if not b[2] and id(b) not in used_blocks), key=lambda b: dist(p, centroid(b[0])))
    used_blocks.add(id(b))
    feat('construction_sites', 'Polygon', scale(b[0], 0.85), {'id': f'CS-{k:02d}', 'name': nm, 'contractor': con,
                                                              'tower_cranes': cranes, 'deep_pit': pit})
CS_CENTRES = [(f['properties']['name'], centroid([XY(c) for c in f['geometry']['coordinates'][0][:-1]])) for f in FEATS['construction_sites']]

# ----------------------------------------------------------------------------- 12-16 points
PS = [('苏州河四川路泵站', 31.2450, 121.4868, CREEK_XY, 9.6, 6, '城投排水公司'), ('苏州河浙江路泵站', 31.2462, 121.4780, CREEK_XY, 6.4, 4, '城投排水公司'),
      ('延安东路泵站', 31.2335, 121.4925, BANK_XY, 12.0, 7, '城投排水公司'), ('十六铺泵站', 31.2270, 121.5000, BANK_XY, 8.5, 5, '城投排水公司'),
      ('董家渡泵站', 31.2160, 121.5030, BANK_XY, 10.2, 6, '城投排水公司'), ('南浦泵站', 31.2075, 121.5000, BANK_XY, 7.8, 5, '区排水管理所'),
      ('卢浦泵站', 31.1962, 121.4840, BANK_XY, 5.5, 4, '区排水管理所')]
for k, (nm, lat, lon, line, cap, pumps, op) in enumerate(PS, 1):
    feat('pumping_stations', 'Point', inward(P(lat, lon), 70, line), {'id': f'PS-{k:02d}', 'name': nm, 'capacity_m3s': cap, 'pumps': pumps, 'operator': op})
SH = [('格致中学体育馆', 31.2372, 121.4808, 600), ('大同中学体育馆', 31.2075, 121.4925, 800), ('向明中学体育馆', 31.2205, 121.4655, 500),
      ('敬业中学体育馆', 31.2212, 121.4905, 500), ('卢湾体育馆', 31.2098, 121.4672, 1200), ('光明中学体育馆', 31.2282, 121.4818, 400),
      ('五里桥街道社区文化活动中心', 31.2015, 121.4770, 300), ('半淞园路街道社区文化活动中心', 31.2040, 121.4905, 300),
      ('外滩街道社区文化活动中心', 31.2410, 121.4845, 250)]
for k, (nm, lat, lon, cap) in enumerate(SH, 1):
    p = pt(lat, lon); feat('shelters', 'Point', p, {'id': f'SH-{k:02d}', 'name': nm, 'address': address(p), 'capacity': cap, 'occupancy': 0, 'phone': phone()})
for k, (nm, lat, lon, kinds, items) in enumerate((('区防汛物资仓库', 31.2045, 121.4830, 130, 54000),
                                                  ('南外滩防汛物资储备点', 31.2185, 121.4975, 26, 3200)), 1):
    p = pt(lat, lon); feat('warehouses', 'Point', p, {'id': f'WH-{k:02d}', 'name': nm, 'address': address(p), 'kinds': kinds, 'items': items})
RAIN = [('外滩雨量站', 31.2400, 121.4860), ('人民广场雨量站', 31.2312, 121.4752), ('豫园雨量站', 31.2258, 121.4905), ('老西门雨量站', 31.2182, 121.4842),
        ('打浦桥雨量站', 31.2072, 121.4682), ('五里桥雨量站', 31.2010, 121.4762), ('半淞园路雨量站', 31.2062, 121.4922), ('瑞金二路雨量站', 31.2142, 121.4625)]
for k, (nm, lat, lon) in enumerate(RAIN, 1):
    feat('sensors', 'Point', pt(lat, lon), {'id': f'S-RAIN-{k:02d}', 'name': nm, 'kind': 'rain', 'unit': 'mm', 'warn': 35, 'alarm': 50})
feat('sensors', 'Point', pt(31.24466, 121.49026), {'id': 'S-TIDE-01', 'name': '黄浦公园潮位站', 'kind': 'tide', 'unit': 'm', 'warn': 4.55, 'alarm': 5.0})
for k, (pl, props) in enumerate(sorted(WL, key=lambda t: -t[1]['max_depth_cm'])[:12], 1):
    feat('sensors', 'Point', at(pl, cumul(pl), length(pl) / 2), {'id': f'S-WL-{k:02d}', 'name': props['name'] + '积水监测点', 'kind': 'waterlogging',
                                                                  'unit': 'cm', 'warn': 15, 'alarm': 30, 'road_id': props['id']})
LEADERS = '张伟 李强 王磊 刘洋 陈杰 杨军 赵敏 黄涛 周斌 吴刚 徐峰 孙浩 朱丽 马骏'.split()
EQUIP = {'drainage': '移动泵车2辆、大功率潜水泵6台、抢险车3辆、沙袋800只', 'fire': '消防车4辆、冲锋舟2艘、排涝泵4台、救生衣50件',
         'greenery': '高空作业车2辆、油锯12把、汽车吊1辆、树木支撑绑扎材料', 'street': '沙袋500只、挡水板40块、手推车10辆、应急照明20套',
         'power': '应急发电车1辆、抢修车2辆、移动照明灯塔2座', 'medical': '救护车3辆、急救包40套、担架10副'}
RT = [('区排水抢险队', 'drainage', 31.2130, 121.4800, 40), ('城投排水南区抢险分队', 'drainage', 31.2050, 121.4880, 25),
      ('外滩消防救援站', 'fire', 31.2390, 121.4830, 45), ('小东门消防救援站', 'fire', 31.2258, 121.4962, 40),
      ('打浦桥消防救援站', 'fire', 31.2085, 121.4660, 38), ('区绿化抢险队', 'greenery', 31.2160, 121.4700, 30),
      ('外滩街道防汛队', 'street', 31.2405, 121.4850, 20), ('豫园街道防汛队', 'street', 31.2240, 121.4890, 20),
      ('半淞园路街道防汛队', 'street', 31.2030, 121.4880, 18), ('五里桥街道防汛队', 'street', 31.2000, 121.4740, 18),
      ('供电公司市区抢修队', 'power', 31.2190, 121.4770, 22), ('区急救中心南京东路分站', 'medical', 31.2365, 121.4790, 16)]
for k, (nm, kind, lat, lon, mem) in enumerate(RT, 1):
    feat('rescue_teams', 'Point', pt(lat, lon), {'id': f'RT-{k:02d}', 'name': nm, 'kind': kind, 'members': mem, 'leader': LEADERS[k],
                                                  'phone': phone(), 'equipment': EQUIP[kind], 'status': 'standby'})

# ----------------------------------------------------------------------------- 9 hazards
HZ = {'riverside': (6, '区水务局', [('亲水平台栏杆松动', '亲水平台栏杆立柱锈蚀松动，大潮时存在人员落水风险。'),
                                   ('滨江步道雨水口堵塞', '滨江步道雨水口被落叶垃圾堵塞，强降雨时易积水。'),
                                   ('码头趸船缆绳老化', '码头趸船系缆绳老化磨损，台风期间存在脱缆风险。')]),
      'tourist': (5, '区文化和旅游局', [('游客集散点围挡不稳', '节假日游客集散点临时围挡底座未压重，大风天易倾倒。'),
                                      ('景区临时舞台未加固', '景区临时搭建舞台钢架未设缆风绳，不满足防台要求。'),
                                      ('观景平台排水沟堵塞', '观景平台排水沟淤积，暴雨时积水影响游客疏散。')]),
      'old_town': (6, None, [('旧式里弄屋面渗漏', '旧式里弄房屋屋面瓦片破损，暴雨时漏水严重，需落实住户转移预案。'),
                             ('弄堂电线私拉乱接', '弄堂内电线私拉乱接且离地过低，积水时存在触电风险。'),
                             ('危旧房墙体开裂', '危旧房外墙出现贯通裂缝，台风期间存在局部倒塌风险。')]),
      'high_rise': (5, '区住房保障和房屋管理局', [('玻璃幕墙结构胶老化', '高层建筑玻璃幕墙部分结构胶老化，强风下存在坠落风险。'),
                                              ('屋顶冷却塔锚固不牢', '屋顶冷却塔基座锚固螺栓锈蚀，台风时存在移位风险。'),
                                              ('外立面广告牌支架锈蚀', '超高层建筑外立面广告牌支架锈蚀，需复核抗风能力。')]),
      'underground': (5, '区民防办', [('出入口挡水板不足', '地下空间出入口挡水板数量不足，暴雨时存在倒灌风险。'),
                                      ('集水井备用泵故障', '集水井排水泵一用一备，备用泵故障尚未修复。'),
                                      ('防淹挡板密封条老化', '出入口防淹挡板密封条老化，需更换。')]),
      'construction': (5, '区建设和管理委员会', [('塔吊防台措施未落实', '塔吊防台专项方案未更新，起重臂未按要求自由回转。'),
                                              ('深基坑排水能力不足', '深基坑降排水设备能力不足，强降雨时存在基坑浸泡风险。'),
                                              ('工地围挡基础松动', '工地外侧围挡基础松动，大风天存在倒伏伤人风险。')]),
      'land_expropriation': (4, '区旧区改造和房屋征收事务中心', [('征收地块空置房屋', '征收地块内空置房屋门窗缺失，存在人员擅入及坍塌风险。'),
                                                            ('征收地块杂物堆积', '征收地块内建筑垃圾堆积，堵塞排水明沟。')]),
      'facade': (5, None, [('外墙装饰构件空鼓', '沿街建筑外墙装饰线脚空鼓松动，存在高空坠物风险。'),
                           ('空调外机支架锈蚀', '沿街居民楼空调外机支架严重锈蚀，台风期间存在坠落风险。'),
                           ('阳台外挑物未固定', '临街阳台外挑晾衣架及花盆未固定，大风天易坠落。')]),
      'shop_sign': (5, '区绿化和市容管理局', [('店招固定件锈蚀', '沿街商铺店招固定件锈蚀，大风天存在坠落风险。'),
                                            ('户外广告设施超期未检', '户外广告设施安全检测报告超期，需重新检测。'),
                                            ('灯箱招牌电线老化', '商铺灯箱招牌电线老化外露，雨天存在漏电风险。')]),
      'flood_wall': (5, '区水务管理所', [('防汛墙墙身裂缝', '一线防汛墙墙身出现竖向裂缝，需注浆修补。'),
                                        ('闸门止水带老化', '防汛闸门橡胶止水带老化，关闭后存在渗水。'),
                                        ('防汛墙顶高程不足', '该段防汛墙顶高程低于设计要求，高潮位期间需临时加高。'),
                                        ('墙后地面沉降', '防汛墙墙后地面局部沉降，存在渗漏通道隐患。')])}
TOURIST = [(31.2395, 121.4893), (31.2385, 121.4805), (31.2265, 121.4912), (31.2195, 121.4745), (31.2085, 121.4690), (31.2305, 121.4765)]
SIGN_ROADS = {'南京东路', '淮海中路', '福州路', '西藏中路', '河南中路', '四川中路', '金陵东路', '人民路', '复兴东路'}
def hazard_point(cat):
    if cat in ('riverside', 'flood_wall'):
        line = BANK_XY if cat == 'riverside' or RNG.random() < .7 else CREEK_XY
        return inward(at(line, cumul(line), RNG.uniform(0.02, 0.98) * length(line)), RNG.uniform(25, 90) if cat == 'riverside' else RNG.uniform(8, 15), line)
    if cat == 'tourist': return jitter(*RNG.choice(TOURIST), 90)
    if cat == 'underground': nm, r = RNG.choice(UGS); return rand_in(scale(r, 0.7))
    if cat == 'construction': return jitter(*LL(RNG.choice(CS_CENTRES)[1])[::-1], 25)
    if cat in ('facade', 'shop_sign'):
        s = RNG.choice([s for s in segs if s[3] in SIGN_ROADS]); q = at(s[2], cumul(s[2]), RNG.uniform(.2, .8) * length(s[2]))
        return jitter(*LL(q)[::-1], 14)
    pool = {'old_town': [b for b in BLOCKS if zone(b[4]) == 1 and b[3] >= 9 and b[1] in ('residential', 'historic')],
            'high_rise': [b for b in BLOCKS if b[1] == 'office'],
            'land_expropriation': [b for b in BLOCKS if zone(b[4]) < 2 and b[3] >= 7 and b[1] == 'residential']}[cat]
    return rand_in(scale(RNG.choice(pool)[0], 0.7))
hz_list = [c for c in HZ for _ in range(HZ[c][0])]
status = ['rectified'] * 31 + ['rectifying'] * 12 + ['open'] * (len(hz_list) - 43)
RNG.shuffle(status); hz_names = []
for k, (cat, st) in enumerate(zip(hz_list, status), 1):
    p = hazard_point(cat); short, desc = RNG.choice(HZ[cat][2])
    found = rand_date('2025-03-01', '2025-07-20') if st == 'rectified' else rand_date('2025-07-01', '2025-09-15')
    sev = 'major' if k in (7, 23, 41) else RNG.choice(('high', 'high', 'medium', 'medium', 'medium', 'low', 'low', 'low'))
    name = nearest_road(p)[3] + short
    if name in hz_names: name += f'（{sum(n.startswith(name) for n in hz_names) + 1}）'
    hz_names.append(name)
    feat('hazards', 'Point', p, {'id': f'HZ-{k:03d}', 'name': name, 'category': cat, 'severity': sev, 'status': st,
                                 'found': found.isoformat(), 'deadline': (found + timedelta(days=RNG.choice((15, 20, 30, 45, 60)))).isoformat(),
                                 'unit': HZ[cat][1] or street(p) + '办事处', 'street': street(p), 'description': desc})

# ----------------------------------------------------------------------------- write, then check what was written
LAYERS = ['district_boundary', 'river', 'roads', 'blocks', 'flood_walls', 'flood_gates', 'waterlogging_roads', 'greenery', 'hazards',
          'underground_spaces', 'construction_sites', 'pumping_stations', 'shelters', 'warehouses', 'sensors', 'rescue_teams']
os.makedirs(OUT, exist_ok=True)
for layer in LAYERS:
    lines = [json.dumps(f, ensure_ascii=False, separators=(',', ':')) for f in FEATS[layer]]
    with open(os.path.join(OUT, layer + '.geojson'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('{"type":"FeatureCollection","name":"%s","features":[\n%s\n]}\n' % (layer, ',\n'.join(lines)))
DATA = {l: json.load(open(os.path.join(OUT, l + '.geojson'), encoding='utf-8'))['features'] for l in LAYERS}
def vertices(g):
    c = g['coordinates']
    return [c] if g['type'] == 'Point' else c if g['type'] == 'LineString' else [q for r in c for q in r]
ring_out = [XY(c) for c in DATA['district_boundary'][0]['geometry']['coordinates'][0][:-1]]
rivers = [[XY(c) for c in f['geometry']['coordinates'][0][:-1]] for f in DATA['river']]
MIN = {'roads': 330, 'blocks': 150, 'flood_walls': 20, 'flood_gates': 10, 'waterlogging_roads': 28, 'greenery': 32, 'hazards': 45,
       'underground_spaces': 10, 'construction_sites': 8, 'pumping_stations': 4, 'shelters': 7, 'warehouses': 1, 'sensors': 16, 'rescue_teams': 9}
print(f'district area: {AREA_KM2:.2f} km²')
print(f'{"layer":<20}{"features":>9}  {"geometry":<11} check')
for layer in LAYERS:
    fs = DATA[layer]; ids = [f['properties']['id'] for f in fs]
    assert len(ids) == len(set(ids)), layer
    assert len(fs) >= MIN.get(layer, 1), (layer, len(fs))
    out = 0
    for f in fs:
        on_bank_ok = layer in ('flood_walls', 'flood_gates')
        for c in vertices(f['geometry']):
            if layer in ('river', 'district_boundary'): continue
            p = XY(c)
            if not (pip(p, ring_out) or (on_bank_ok and ring_dist(p, ring_out) <= 1.0)): out += 1
        if f['geometry']['type'] != 'Point' and layer not in ('river', 'district_boundary', 'flood_walls'):   # nor may edges
            v = [XY(c) for c in vertices(f['geometry'])]
            out += sum(seg_x(v[a], v[a + 1], ring_out[b - 1], ring_out[b]) for a in range(len(v) - 1) for b in range(len(ring_out)))
    assert out == 0, (layer, out)
    note = '' if layer in ('river', 'district_boundary') else 'on the bank line' if layer in ('flood_walls', 'flood_gates') else 'inside'
    if layer == 'roads':
        for f in fs:
            pl = [XY(c) for c in f['geometry']['coordinates']]
            for rv in rivers:
                assert not any(pip(p, rv) for p in pl), f['properties']['id']
                assert not any(seg_x(pl[a], pl[a + 1], rv[b - 1], rv[b]) for a in range(len(pl) - 1) for b in range(len(rv))), f['properties']['id']
        lines = [[XY(c) for c in f['geometry']['coordinates']] for f in fs]
        boxes = [(min(p[0] for p in l), min(p[1] for p in l), max(p[0] for p in l), max(p[1] for p in l)) for l in lines]
        for a in range(len(lines)):                          # roads meet only at their end points
            for b in range(a + 1, len(lines)):
                A, B = boxes[a], boxes[b]
                if A[0] > B[2] or B[0] > A[2] or A[1] > B[3] or B[1] > A[3]: continue
                la, lb = lines[a], lines[b]
                assert not any(seg_x(la[i], la[i + 1], lb[k], lb[k + 1]) for i in range(len(la) - 1) for k in range(len(lb) - 1)), (a, b)
        note += ', no river crossing, no road crossing, %d names' % len({f['properties']['name'] for f in fs})
    print(f'{layer:<20}{len(fs):>9}  {fs[0]["geometry"]["type"]:<11} {note}')
sk = DATA['sensors']
for kind, n in (('rain', 5), ('tide', 1), ('waterlogging', 10)): assert sum(f['properties']['kind'] == kind for f in sk) >= n, kind
wl_ids = {f['properties']['id'] for f in DATA['waterlogging_roads']}
assert all(f['properties']['road_id'] in wl_ids for f in sk if f['properties']['kind'] == 'waterlogging')
assert set(HZ) == {f['properties']['category'] for f in DATA['hazards']}
assert all(200 <= f['properties']['length_m'] <= 800 for f in DATA['flood_walls'])
assert abs(sum(length([XY(c) for c in f['geometry']['coordinates']]) for f in DATA['flood_walls'])
           - length(BANK_XY) - length(CREEK_XY)) < 2, 'walls must cover the whole river and creek bank'
assert 19.5 <= AREA_KM2 <= 21.0
rect_share = sum(f['properties']['status'] == 'rectified' for f in DATA['hazards']) / len(DATA['hazards'])
low = [f['properties']['id'] for f in DATA['flood_walls'] if f['properties']['kind'] == 'river' and f['properties']['crest_m'] < 6.3]
print(f'hazards rectified: {rect_share:.0%}; river walls below 6.3 m: {", ".join(low)}')
print('all checks passed')
