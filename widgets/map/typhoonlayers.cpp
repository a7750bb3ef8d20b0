#include "widgets/map/typhoonlayers.h"

#include "app/core/base/clock.h"
#include "app/core/store/store.h"
#include "app/core/typhoon/typhoonstore.h"
#include "app/core/typhoon/typhoontrack.h"
#include "maps/layerregistry.h"
#include "maps/vectorlayer.h"
#include "maps/webmercator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QtConcurrent>

namespace fc {

const char TyphoonLayers::LinesId[] = "typhoon_tracks";
const char TyphoonLayers::AreasId[] = "typhoon_circles";
const char TyphoonLayers::PointsId[] = "typhoon_positions";

namespace {

const QStringList lineFields = {QStringLiteral("style"), QStringLiteral("name"), QStringLiteral("time")};
const QStringList areaFields = {QStringLiteral("style"), QStringLiteral("name"), QStringLiteral("time"),
                                QStringLiteral("radii")};
const QStringList pointFields = {QStringLiteral("style"), QStringLiteral("name"), QStringLiteral("time"),
                                 QStringLiteral("grade"), QStringLiteral("pressure_hpa"), QStringLiteral("wind_ms"),
                                 QStringLiteral("place"), QStringLiteral("source"), QStringLiteral("label")};

QPolygonF merc(const QList<GeoPoint> &pts)
{
    QPolygonF out;
    out.reserve(pts.size());
    for (const GeoPoint &p : pts)
        out.append(WebMercator::fromGeo(p));
    return out;
}

QString bj(const QDateTime &t)
{
    return t.isValid() ? Typhoon::beijing(t).toString(QStringLiteral("yyyy-MM-dd hh:mm")) + QStringLiteral(" (UTC+8)")
                       : QString();
}

QString styleOf(int grade)
{
    const QString c = Typhoon::gradeCode(grade);
    return c.isEmpty() ? QStringLiteral("NA") : c;
}

QString gradeText(int grade)
{
    const QString c = Typhoon::gradeCode(grade);
    return c.isEmpty() ? Typhoon::gradeName(grade) : QStringLiteral("%1 (%2)").arg(Typhoon::gradeName(grade), c);
}

QVariant num(double v, int decimals = 0)
{
    return std::isnan(v) ? QVariant() : QVariant(QString::number(v, 'f', decimals));
}

QString radiiText(const WindQuadrants &q)
{
    auto one = [](double r) { return WindQuadrants::issued(r) ? QString::number(r, 'f', 0) : QStringLiteral("—"); };
    return QStringLiteral("NE %1 / SE %2 / SW %3 / NW %4 km").arg(one(q.ne), one(q.se), one(q.sw), one(q.nw));
}

Symbol line(const QColor &c, double w, Qt::PenStyle pen = Qt::SolidLine)
{
    Symbol s;
    s.stroke = c;
    s.strokeWidth = w;
    s.penStyle = pen;
    return s;
}

Symbol marker(Symbol::Marker m, const QColor &fill, double size, const QColor &stroke = QColor(20, 20, 20))
{
    Symbol s;
    s.marker = m;
    s.fill = fill;
    s.stroke = stroke;
    s.strokeWidth = 1.0;
    s.size = size;
    return s;
}

Symbol area(const QColor &c, int fillAlpha, Qt::PenStyle pen = Qt::SolidLine)
{
    Symbol s;
    s.stroke = c;
    s.strokeWidth = 1.6;
    s.penStyle = pen;
    QColor f = c;
    f.setAlpha(fillAlpha);
    s.fill = f;
    return s;
}

const QList<int> &grades()
{
    static const QList<int> g = {1, 2, 3, 4, 5, 6, 9};
    return g;
}

VectorStyle lineStyle()
{
    QList<VectorStyle::Category> cats;
    for (int g : grades())
        cats.append({styleOf(g), line(QColor(Typhoon::gradeColour(g)), 2.6), gradeText(g)});
    cats.append({QStringLiteral("NA"), line(QColor(Typhoon::gradeColour(-1)), 2.0), Typhoon::gradeName(-1)});
    cats.append({QStringLiteral("forecast"), line(QColor(235, 235, 235), 1.8, Qt::DashLine),
                 TyphoonLayers::tr("Forecast track (dashed)")});
    cats.append({QStringLiteral("line24"), line(QColor(255, 214, 0), 1.4, Qt::DashDotLine),
                 TyphoonLayers::tr("24 h warning line")});
    cats.append({QStringLiteral("line48"), line(QColor(80, 160, 255), 1.4, Qt::DashDotLine),
                 TyphoonLayers::tr("48 h warning line")});
    VectorStyle st(line(QColor(Typhoon::gradeColour(-1)), 2.0));
    st.setCategorized(QStringLiteral("style"), cats);
    return st;
}

VectorStyle areaStyle()
{
    VectorStyle st(area(QColor(200, 200, 200), 30));
    st.setCategorized(QStringLiteral("style"),
                      {{QStringLiteral("cone"), area(QColor(230, 230, 230), 14, Qt::DashLine), TyphoonLayers::tr("Forecast cone")},
                       {QStringLiteral("r7"), area(QColor(255, 214, 0), 16), TyphoonLayers::tr("7-level wind circle (gale)")},
                       {QStringLiteral("r10"), area(QColor(255, 140, 0), 24), TyphoonLayers::tr("10-level wind circle")},
                       {QStringLiteral("r12"), area(QColor(230, 30, 30), 34), TyphoonLayers::tr("12-level wind circle")}});
    return st;
}

VectorStyle pointStyle()
{
    QList<VectorStyle::Category> cats;
    for (int g : grades())
        cats.append({styleOf(g), marker(Symbol::Marker::Circle, QColor(Typhoon::gradeColour(g)), 7), gradeText(g)});
    cats.append({QStringLiteral("NA"), marker(Symbol::Marker::Circle, QColor(Typhoon::gradeColour(-1)), 6), Typhoon::gradeName(-1)});
    cats.append({QStringLiteral("forecast_point"), marker(Symbol::Marker::Circle, QColor(255, 255, 255, 90), 6, QColor(235, 235, 235)),
                 TyphoonLayers::tr("Forecast position")});
    cats.append({QStringLiteral("landfall"), marker(Symbol::Marker::Triangle, QColor(255, 60, 200), 13, QColor(255, 255, 255)),
                 TyphoonLayers::tr("Landfall")});
    cats.append({QStringLiteral("now"), marker(Symbol::Marker::Star, QColor(255, 40, 40), 28, QColor(255, 255, 255)),
                 TyphoonLayers::tr("Typhoon position now")});
    VectorStyle st(marker(Symbol::Marker::Circle, QColor(Typhoon::gradeColour(-1)), 6));
    st.setCategorized(QStringLiteral("style"), cats);
    st.labelField = QStringLiteral("label");
    st.labelColor = QColor(255, 255, 255);
    st.haloColor = QColor(0, 0, 0, 200);
    st.labelPointSize = 11;
    st.labelBold = true;
    st.labelPriority = 100;
    return st;
}

} // namespace

QList<TyphoonLayers::WarningLine> TyphoonLayers::warningLines()
{
    QList<WarningLine> out;
    QFile f(QStringLiteral(":/typhoon/warning_lines.json"));
    if (!f.open(QIODevice::ReadOnly))
        return out;
    const bool zh = QLocale().language() == QLocale::Chinese;
    for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("lines")).toArray()) {
        const QJsonObject o = v.toObject();
        WarningLine l;
        l.id = o.value(QLatin1String("id")).toString();
        l.name = o.value(zh ? QLatin1String("name_zh") : QLatin1String("name_en")).toString();
        for (const QJsonValue &p : o.value(QLatin1String("points")).toArray())
            l.points.append(GeoPoint(p.toArray().at(0).toDouble(), p.toArray().at(1).toDouble()));
        out.append(l);
    }
    return out;
}

TyphoonLayers::Built TyphoonLayers::build(const QList<Storm> &storms, const QDateTime &at, const QList<WarningLine> &lines)
{
    FeatureStoreBuilder lb(lineFields), ab(areaFields), pb(pointFields);
    qint64 lf = 0, af = 0, pf = 0;
    Built out;
    for (const WarningLine &w : lines)
        lb.addFeature(++lf, GeometryType::Line, {merc(w.points)},
                      {w.id == QLatin1String("24h") ? QStringLiteral("line24") : QStringLiteral("line48"), w.name, QVariant()});
    for (const Storm &s : storms) {
        QList<const StormPoint *> seen;
        for (const StormPoint &p : s.points)
            if (!at.isValid() || p.at <= at)
                seen.append(&p);
        if (seen.isEmpty())
            continue;
        const QString name = s.displayName();
        // The track in runs of one grade (a segment takes the grade at its start): one line per run.
        for (int i = 1; i < seen.size();) {
            const int grade = seen[i - 1]->grade;
            QList<GeoPoint> run{seen[i - 1]->pos};
            const QDateTime from = seen[i - 1]->at;
            while (i < seen.size()) {
                run.append(seen[i]->pos);
                ++i;
                if (seen[i - 1]->grade != grade)
                    break;
            }
            lb.addFeature(++lf, GeometryType::Line, {merc(run)}, {styleOf(grade), name, bj(from)});
        }
        for (const StormPoint *p : seen)
            pb.addFeature(++pf, GeometryType::Point, {merc({p->pos})},
                          {styleOf(p->grade), name, bj(p->at), gradeText(p->grade), num(p->pressureHpa), num(p->windMs, 1),
                           QVariant(), p->source, QString()});
        for (const Landfall &l : s.landfalls)
            if (!at.isValid() || l.at <= at)
                pb.addFeature(++pf, GeometryType::Point, {merc({l.pos})},
                              {QStringLiteral("landfall"), name, bj(l.at), l.gradeText, QVariant(), QVariant(), l.place,
                               QVariant(), QString()});
        // The position at the time shown comes from the whole track (a replay shows the storm where it was,
        // interpolated between its points); the forecast drawn is the one issued by then.
        const TyphoonTrack track(s);
        Storm known;
        for (const StormForecast &f : s.forecasts)
            if (!at.isValid() || f.baseAt <= at)
                known.forecasts.append(f);
        const StormForecast *fc = known.latestForecast();
        const bool active = at.isValid() && track.at(at).has_value();
        if (fc && (active || !at.isValid() || at <= fc->points.last().at)) {
            QList<GeoPoint> path{seen.last()->pos};
            QList<StormPoint> ahead;
            for (const StormPoint &p : fc->points)
                if (p.at > seen.last()->at) {
                    path.append(p.pos);
                    ahead.append(p);
                }
            const QString fname = name + QStringLiteral(" · ") + fc->agency;
            if (path.size() >= 2) {
                ab.addFeature(++af, GeometryType::Polygon, {merc(forecastCone(seen.last()->pos, seen.last()->at, ahead))},
                              {QStringLiteral("cone"), fname, bj(fc->baseAt), QVariant()});
                lb.addFeature(++lf, GeometryType::Line, {merc(path)},
                              {QStringLiteral("forecast"), fname, bj(fc->baseAt)});
                for (const StormPoint &p : ahead)
                    pb.addFeature(++pf, GeometryType::Point, {merc({p.pos})},
                                  {QStringLiteral("forecast_point"), fname, bj(p.at),
                                   gradeText(p.grade), num(p.pressureHpa), num(p.windMs, 1), QVariant(), p.source, QString()});
            }
        }
        if (!at.isValid())
            continue;
        // Where it is at the time shown, with its wind circles (quadrant arcs on the ellipsoid).
        if (const auto now = track.at(at)) {
            ++out.current;
            if (!now->forecast && seen.last()->at < at)
                lb.addFeature(++lf, GeometryType::Line, {merc({seen.last()->pos, now->pos})},
                              {styleOf(seen.last()->grade), name, bj(seen.last()->at)});
            for (int level : {7, 10, 12}) {
                const QList<GeoPoint> ring = windCircleOutline(now->pos, now->radii(level));
                if (!ring.isEmpty())
                    ab.addFeature(++af, GeometryType::Polygon, {merc(ring)},
                                  {QStringLiteral("r%1").arg(level), name, bj(at), radiiText(now->radii(level))});
            }
            const QString label = (s.nameZh.isEmpty() ? s.nameEn : s.nameZh) + QLatin1Char(' ')
                                  + Typhoon::beijing(at).toString(QStringLiteral("MM-dd hh:mm"));
            pb.addFeature(++pf, GeometryType::Point, {merc({now->pos})},
                          {QStringLiteral("now"), name, bj(at), gradeText(now->grade), num(now->pressureHpa), num(now->windMs, 1),
                           QVariant(), now->forecast ? tr("forecast") : tr("interpolated"), label});
        }
    }
    out.lines = lb.build();
    out.areas = ab.build();
    out.points = pb.build();
    return out;
}

TyphoonLayers::TyphoonLayers(Store *store, Clock *clock, LayerRegistry *registry, QObject *parent)
    : QObject(parent), m_store(store), m_clock(clock), m_registry(registry), m_warningLines(warningLines())
{
    const Built empty = build({}, {}, {});
    const QHash<QString, QString> captions = {
        {QStringLiteral("name"), tr("Storm")},         {QStringLiteral("time"), tr("Time")},
        {QStringLiteral("grade"), tr("Grade")},        {QStringLiteral("pressure_hpa"), tr("Pressure (hPa)")},
        {QStringLiteral("wind_ms"), tr("Wind (m/s)")}, {QStringLiteral("place"), tr("Place")},
        {QStringLiteral("source"), tr("Source")},      {QStringLiteral("radii"), tr("Radii")},
        {QStringLiteral("style"), tr("Kind")},         {QStringLiteral("label"), tr("Label")}};
    auto make = [&](const char *id, const QString &name, std::shared_ptr<const FeatureStore> st, const VectorStyle &style,
                    int at) {
        auto layer = std::make_unique<VectorLayer>(QString::fromLatin1(id), name, st);
        layer->setGroup(tr("Typhoon"));
        layer->setStyle(style);
        layer->setFieldCaptions(captions);
        layer->setLive(true);
        auto *raw = layer.get();
        registry->addLayer(std::move(layer), at);
        return raw;
    };
    // The wind circles and the cone go under the operation's layers (above the roads, where imagery goes): they
    // tint the district without hiding what is on it. Tracks and positions go on top.
    int under = -1;
    for (int i = 0; i < registry->count(); ++i)
        if (registry->layers()[i]->id() == QLatin1String("roads"))
            under = i + 1;
    m_areas = make(AreasId, tr("Typhoon wind circles and forecast cone"), empty.areas, areaStyle(), under);
    m_lines = make(LinesId, tr("Typhoon tracks"), empty.lines, lineStyle(), -1);
    m_points = make(PointsId, tr("Typhoon positions"), empty.points, pointStyle(), -1);
    connect(&m_watcher, &QFutureWatcher<Result>::finished, this, &TyphoonLayers::finished);
    if (m_store)
        connect(m_store, &Store::rowsChanged, this, [this](const QList<RowEvent> &events) {
            for (const RowEvent &e : events)
                if (e.table.startsWith(QLatin1String("typhoon_"))) {
                    m_dirty = true;
                    request(m_clock ? m_clock->now() : QDateTime());
                    return;
                }
        });
    if (m_clock) {
        connect(m_clock, &Clock::jumped, this, [this](const QDateTime &t) { request(t); });
        connect(m_clock, &Clock::modeChanged, this, [this] { request(m_clock->now()); });
        connect(m_clock, &Clock::ticked, this, [this](const QDateTime &t) {
            if (!m_shownAt.isValid() || std::abs(m_shownAt.secsTo(t)) >= 60)
                request(t);
        });
    }
    request(m_clock ? m_clock->now() : QDateTime());
}

TyphoonLayers::~TyphoonLayers()
{
    m_watcher.waitForFinished();
    if (m_registry)
        for (const QPointer<VectorLayer> &l : {m_areas, m_lines, m_points})
            if (l)
                m_registry->removeLayer(l->id());
}

void TyphoonLayers::show(const QList<Storm> &storms, const QDateTime &at)
{
    m_storms = storms;
    m_shownAt = at;
    const Built b = build(storms, at, storms.isEmpty() ? QList<WarningLine>() : m_warningLines);
    if (m_lines)
        m_lines->setStore(b.lines);
    if (m_areas)
        m_areas->setStore(b.areas);
    if (m_points)
        m_points->setStore(b.points);
    Q_EMIT updated();
}

void TyphoonLayers::request(const QDateTime &at)
{
    m_wanted = at;
    if (!m_running)
        start();
}

void TyphoonLayers::start()
{
    if (!m_store)
        return;
    m_running = true;
    const bool load = m_dirty;
    m_dirty = false;
    QList<Storm> storms = m_storms;
    const QDateTime at = m_wanted;
    const QList<WarningLine> lines = m_warningLines;
    Store::Use use = m_store->use();
    m_watcher.setFuture(QtConcurrent::run([use, load, storms, at, lines]() mutable {
        Result r;
        r.at = at;
        if (load) {
            QString e;
            QList<Storm> fresh;
            if (use && use.store()->schemaVersion() >= 6 && TyphoonStore::load(*use.store(), &fresh, &e)) {
                storms = fresh;
                r.loaded = true;
            }
        }
        r.storms = storms;
        r.built = build(storms, at, storms.isEmpty() ? QList<WarningLine>() : lines); // no storms: nothing drawn
        return r;
    }));
}

void TyphoonLayers::finished()
{
    m_running = false;
    const Result r = m_watcher.result();
    m_storms = r.storms;
    m_shownAt = r.at;
    if (m_lines)
        m_lines->setStore(r.built.lines);
    if (m_areas)
        m_areas->setStore(r.built.areas);
    if (m_points)
        m_points->setStore(r.built.points);
    Q_EMIT updated();
    if (m_dirty || m_wanted != m_shownAt)
        start();
}

} // namespace fc
