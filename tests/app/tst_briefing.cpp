// Briefings end to end through floodctl: the figures in the report against the store (SQL, floodctl status,
// floodctl readings), the PDF's fonts and text (pdffonts, pdftotext), the ODT package (unzip), the HTML's
// self-containment, the map against floodctl render, the as-of time, sections left out, bad templates.
#include "app/core/store/store.h"
#include "../core/storetestutil.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>
#include <cmath>

namespace {

struct Run
{
    int code = -2;
    QString out, err;
};

Run run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    Run r;
    if (!p.waitForFinished(180000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

Run ctl(const QStringList &args)
{
    return run(QStringLiteral(FLOODCTL_BIN), args);
}

QString readText(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

QVariant sql(const QString &db, const QString &query)
{
    const QString name = QStringLiteral("q%1").arg(quintptr(&db));
    QVariant v;
    {
        QSqlDatabase d = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        d.setDatabaseName(db);
        d.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (d.open()) {
            QSqlQuery q(d);
            if (q.exec(query) && q.next())
                v = q.value(0);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return v;
}

// The cells of the HTML table row whose first cell is `first`.
QStringList rowOf(const QString &html, const QString &first)
{
    const QRegularExpression re(QStringLiteral("<tr[^>]*><td>%1</td>(.*?)</tr>").arg(QRegularExpression::escape(first)));
    const QRegularExpressionMatch m = re.match(html);
    QStringList cells;
    if (!m.hasMatch())
        return cells;
    const QRegularExpression cell(QStringLiteral("<td>(.*?)</td>"));
    for (auto it = cell.globalMatch(m.captured(1)); it.hasNext();)
        cells.append(it.next().captured(1));
    return cells;
}

// The sum of a gauge's readings in (from, to], from floodctl readings (not the report code).
double readingsSum(const QString &db, const QString &sensor, const QString &from, const QString &to)
{
    const Run r = ctl({QStringLiteral("readings"), db, QStringLiteral("--sensor"), sensor, QStringLiteral("--from"), from,
                       QStringLiteral("--to"), to});
    double sum = 0;
    const QStringList lines = r.out.split(QLatin1Char('\n'));
    for (const QString &l : lines) {
        const QStringList f = l.split(QLatin1Char(','));
        if (f.size() >= 3 && f[0] == sensor && f[1] != from) // (from, to]
            sum += f[2].toDouble();
    }
    return sum;
}

} // namespace

class TstBriefing : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db, m_empty;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = path(QStringLiteral("op.gpkg"));
        m_empty = path(QStringLiteral("empty.gpkg"));
        QCOMPARE(ctl({QStringLiteral("init"), m_db, QStringLiteral("--demo")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("init"), m_empty, QStringLiteral("--demo")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("replay-scenario"), m_db}).code, 0);
        const QStringList incidents[] = {
            {QStringLiteral("--kind"), QStringLiteral("waterlogging"), QStringLiteral("--at"), QStringLiteral("121.470,31.205"),
             QStringLiteral("--priority"), QStringLiteral("urgent"), QStringLiteral("--depth-cm"), QStringLiteral("35"),
             QStringLiteral("--text"), QStringLiteral("建国中路积水")},
            {QStringLiteral("--kind"), QStringLiteral("fallen_tree"), QStringLiteral("--at"), QStringLiteral("121.480,31.215"),
             QStringLiteral("--priority"), QStringLiteral("high"), QStringLiteral("--text"), QStringLiteral("倒树压车")},
            {QStringLiteral("--kind"), QStringLiteral("facade"), QStringLiteral("--at"), QStringLiteral("121.490,31.225"),
             QStringLiteral("--text"), QStringLiteral("外墙脱落")},
        };
        for (const QStringList &i : incidents)
            QCOMPARE(ctl(QStringList{QStringLiteral("incident"), m_db} + i).code, 0);
        QCOMPARE(ctl({QStringLiteral("move"), m_db, QStringLiteral("--incident"), QStringLiteral("3"), QStringLiteral("--to"),
                      QStringLiteral("cancelled")}).code, 0);
        // People in shelters: the demo's transfers of the Bebinca night (occupancy is their sum, kept by the database).
    }

    // Open incidents, overdue items and people in shelters in the text equal the store's.
    void countsEqualTheStore()
    {
        const QString out = path(QStringLiteral("now.html"));
        const Run r = ctl({QStringLiteral("briefing"), m_db, out, QStringLiteral("--user"), QStringLiteral("test")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString html = readText(out);
        const int open = sql(m_db, QStringLiteral("SELECT count(*) FROM incidents WHERE coalesce(state, 'reported') NOT IN ('closed', 'cancelled')")).toInt();
        QCOMPARE(open, 2);
        QVERIFY2(html.contains(QStringLiteral("未处置完毕的险情%1起").arg(open)), qPrintable(html.left(4000)));
        const Run st = ctl({QStringLiteral("status"), m_db, QStringLiteral("--json")});
        const QJsonObject status = QJsonDocument::fromJson(st.out.toUtf8()).object();
        const int overdue = status.value(QStringLiteral("checklist")).toObject().value(QStringLiteral("overdue")).toInt();
        QVERIFY(html.contains(QStringLiteral("逾期未完成%1项").arg(overdue)));
        // Occupancy is the sum of the people moved in and out (the shelters' transfers, set by the database).
        const int people = sql(m_db, QStringLiteral("SELECT sum(occupancy) FROM shelters WHERE occupancy > 0")).toInt();
        QVERIFY(people > 0);
        QVERIFY(html.contains(QStringLiteral("安置人员%1人").arg(people)));
        // The waterlogged road: 35 cm closes it (past the 25 cm rule).
        QVERIFY(html.contains(QStringLiteral("积水道路1处")));
    }

    // The PDF: Chinese section headings found by pdftotext, CJK font embedded, page N of M.
    void pdfTextAndFonts()
    {
        const QString out = path(QStringLiteral("b06.pdf"));
        QCOMPARE(ctl({QStringLiteral("briefing"), m_db, out, QStringLiteral("--at"), QStringLiteral("2024-09-16T06:00")}).code, 0);
        const Run text = run(QStringLiteral("pdftotext"), {out, QStringLiteral("-")});
        QCOMPARE(text.code, 0);
        for (const char *h : {"一、雨情", "二、水情、潮情", "三、工情", "防汛防台工作简报"})
            QVERIFY2(text.out.contains(QString::fromUtf8(h)), h);
        QVERIFY(text.out.contains(QRegularExpression(QStringLiteral("第\\s*1\\s*页\\s*共\\s*\\d+\\s*页"))));
        const Run fonts = run(QStringLiteral("pdffonts"), {out});
        QCOMPARE(fonts.code, 0);
        bool embeddedCjk = false;
        for (const QString &line : fonts.out.split(QLatin1Char('\n')))
            if (line.contains(QLatin1String("WenQuanYi")) && line.contains(QLatin1String("CID TrueType"))) {
                const QStringList f = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                embeddedCjk = f.size() >= 7 && f[f.size() - 5] == QLatin1String("yes");
            }
        QVERIFY2(embeddedCjk, qPrintable(fonts.out));
        // Subset: the embedded font program (FontFile2, its uncompressed /Length1) holds only the glyphs used; the
        // whole WenQuanYi Micro Hei is about 5 MB. (Qt tags the subset in the descriptor's /FontName, not in
        // /BaseFont, so pdffonts prints "sub no".)
        QFile pdf(out);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        const QByteArray bytes = pdf.readAll();
        const QRegularExpressionMatch ff = QRegularExpression(QStringLiteral("/FontFile2 (\\d+) 0 R")).match(QString::fromLatin1(bytes));
        QVERIFY(ff.hasMatch());
        const QRegularExpressionMatch obj = QRegularExpression(QStringLiteral("\\n%1 0 obj\\s*<<[^>]*/Length1 (\\d+)").arg(ff.captured(1)))
                                                .match(QString::fromLatin1(bytes));
        QVERIFY(obj.hasMatch());
        QVERIFY2(obj.captured(1).toLongLong() < 1000000, qPrintable(obj.captured(1)));
        QVERIFY(bytes.contains("/FontName /Q") && bytes.contains("+WenQuanYiMicroHei"));
        const Run a3 = ctl({QStringLiteral("briefing"), m_db, path(QStringLiteral("a3.pdf")), QStringLiteral("--paper"), QStringLiteral("A3"),
                            QStringLiteral("--no-record")});
        QCOMPARE(a3.code, 0);
        const Run info = run(QStringLiteral("pdfinfo"), {path(QStringLiteral("a3.pdf"))});
        QVERIFY2(info.out.contains(QLatin1String("1191 x 842")), qPrintable(info.out)); // A3 landscape in points
    }

    // --at at two times: the rain totals of each time, summed from the readings by floodctl readings.
    void atTwoTimesGivesTwoStates()
    {
        QString html[2];
        const QString at[2] = {QStringLiteral("2024-09-16T06:00:00+08:00"), QStringLiteral("2024-09-16T12:00:00+08:00")};
        const QString from[2] = {QStringLiteral("2024-09-15T06:00:00+08:00"), QStringLiteral("2024-09-15T12:00:00+08:00")};
        for (int i = 0; i < 2; ++i) {
            const QString out = path(QStringLiteral("at%1.html").arg(i));
            QCOMPARE(ctl({QStringLiteral("briefing"), m_db, out, QStringLiteral("--at"), at[i], QStringLiteral("--no-record")}).code, 0);
            html[i] = readText(out);
            const QStringList cells = rowOf(html[i], QStringLiteral("老西门雨量站"));
            QCOMPARE(cells.size(), 4);
            const double expected = readingsSum(m_db, QStringLiteral("S-RAIN-04"), from[i], at[i]);
            QVERIFY2(std::fabs(cells[2].toDouble() - expected) < 0.051, qPrintable(QStringLiteral("%1 vs %2").arg(cells[2]).arg(expected)));
        }
        QVERIFY(rowOf(html[0], QStringLiteral("老西门雨量站")) != rowOf(html[1], QStringLiteral("老西门雨量站")));
        QVERIFY(html[0].contains(QStringLiteral("截至2024年9月16日 06时")));
        QVERIFY(html[1].contains(QStringLiteral("截至2024年9月16日 12时")));
        // The incidents of today did not exist then: no incidents section.
        QVERIFY(!html[0].contains(QStringLiteral("<section id=\"incidents\">")));
    }

    // A section with no data is left out whole; one with data is there.
    void emptySectionsLeftOut()
    {
        const QString out = path(QStringLiteral("empty.html"));
        QCOMPARE(ctl({QStringLiteral("briefing"), m_empty, out, QStringLiteral("--no-record")}).code, 0);
        const QString html = readText(out);
        // (The demo moves people to shelters on the Bebinca night, so its impact section has data.)
        for (const char *id : {"rain", "incidents", "typhoon", "next"})
            QVERIFY2(!html.contains(QStringLiteral("<section id=\"%1\">").arg(QString::fromLatin1(id))), id);
        QVERIFY(!html.contains(QStringLiteral("雨情")));
        QVERIFY(!html.contains(QStringLiteral("险情")));
        QVERIFY(html.contains(QStringLiteral("<section id=\"works\">")));
        QVERIFY(!html.contains(QStringLiteral("<tbody>\n</tbody>")));
    }

    // The HTML opens with no network: no reference outside the file.
    void htmlSelfContained()
    {
        const QString html = readText(path(QStringLiteral("now.html")));
        QVERIFY(html.contains(QLatin1String("src=\"data:image/png;base64,")));
        const QRegularExpression external(QStringLiteral("(src|href)\\s*=\\s*\"(?!data:)|url\\(|@import|<link|<script"));
        QVERIFY2(!html.contains(external), qPrintable(html.mid(html.indexOf(external), 200)));
    }

    // The map: present, not blank, and the same drawing as floodctl render of the same extent.
    void mapMatchesRender()
    {
        const QString html = readText(path(QStringLiteral("now.html")));
        const QRegularExpression fig(QStringLiteral("<figure id=\"map\" data-extent=\"([^\"]+)\"><img[^>]*src=\"data:image/png;base64,([^\"]+)\""));
        const QRegularExpressionMatch m = fig.match(html);
        QVERIFY(m.hasMatch());
        QImage map = QImage::fromData(QByteArray::fromBase64(m.captured(2).toLatin1()), "PNG");
        QVERIFY(!map.isNull());
        QVERIFY(map.width() > 1800); // 170 mm at 300 dpi
        const QSize logical(int(std::lround(map.width() * 96.0 / 300)), int(std::lround(map.height() * 96.0 / 300)));
        const QString png = path(QStringLiteral("render.png"));
        const Run r = ctl({QStringLiteral("render"), m_db, png, QStringLiteral("--style"), QStringLiteral("flood"), QStringLiteral("--extent"),
                           m.captured(1), QStringLiteral("--size"), QStringLiteral("%1x%2").arg(logical.width()).arg(logical.height())});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QImage ref(png);
        QVERIFY(!ref.isNull());
        // Compare where something is drawn (anything off the background), on a coarse grid: the themes differ
        // (print: light; render: dark), the geometry must not.
        const int gw = 60, gh = int(std::lround(60.0 * ref.height() / ref.width()));
        auto mask = [&](const QImage &img) {
            const QImage small = img.scaled(gw, gh, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).convertToFormat(QImage::Format_RGB32);
            const QRgb bg = img.pixel(2, 2);
            std::vector<bool> on(size_t(gw * gh));
            int count = 0;
            for (int y = 0; y < gh; ++y)
                for (int x = 0; x < gw; ++x) {
                    const QRgb p = small.pixel(x, y);
                    const int d = std::abs(qRed(p) - qRed(bg)) + std::abs(qGreen(p) - qGreen(bg)) + std::abs(qBlue(p) - qBlue(bg));
                    on[size_t(y * gw + x)] = d > 12;
                    count += d > 12;
                }
            return std::make_pair(on, count);
        };
        const auto a = mask(map), b = mask(ref);
        QVERIFY2(a.second > gw * gh / 10, "the report's map is blank");
        int both = 0, either = 0;
        for (size_t i = 0; i < a.first.size(); ++i) {
            both += a.first[i] && b.first[i];
            either += a.first[i] || b.first[i];
        }
        const double iou = double(both) / std::max(1, either);
        QVERIFY2(iou > 0.8, qPrintable(QStringLiteral("drawn areas agree %1").arg(iou)));
    }

    // The ODT: mimetype first and stored, the manifest, content.xml well-formed with the report's text.
    void odtPackageValid()
    {
        const QString out = path(QStringLiteral("now.odt"));
        QCOMPARE(ctl({QStringLiteral("briefing"), m_db, out, QStringLiteral("--no-record")}).code, 0);
        const Run list = run(QStringLiteral("zipinfo"), {QStringLiteral("-1"), out});
        QCOMPARE(list.code, 0);
        const QStringList entries = list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(entries.value(0), QStringLiteral("mimetype"));
        QVERIFY(entries.contains(QStringLiteral("META-INF/manifest.xml")));
        QVERIFY(entries.contains(QStringLiteral("content.xml")));
        QVERIFY(std::any_of(entries.begin(), entries.end(), [](const QString &e) { return e.startsWith(QLatin1String("Pictures/")); }));
        QCOMPARE(run(QStringLiteral("unzip"), {QStringLiteral("-p"), out, QStringLiteral("mimetype")}).out,
                 QStringLiteral("application/vnd.oasis.opendocument.text"));
        const QString verbose = run(QStringLiteral("zipinfo"), {out, QStringLiteral("mimetype")}).out;
        QVERIFY2(verbose.contains(QLatin1String("stor")), qPrintable(verbose));
        for (const char *file : {"content.xml", "META-INF/manifest.xml"}) {
            const Run x = run(QStringLiteral("unzip"), {QStringLiteral("-p"), out, QString::fromLatin1(file)});
            QXmlStreamReader reader(x.out);
            while (!reader.atEnd())
                reader.readNext();
            QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
            if (QByteArray(file) == "content.xml")
                QVERIFY(x.out.contains(QStringLiteral("险情")));
        }
    }

    // A bad template is refused naming the placeholder and the line; nothing is written or recorded.
    void badTemplateRefused()
    {
        const QString t = path(QStringLiteral("bad.tmpl"));
        QFile f(t);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title: {district}\n\n[rain]\nheading: {n}. Rain\ntext: wettest {wettest_gauge}, {rainfall_total} mm\n");
        f.close();
        const int before = sql(m_db, QStringLiteral("SELECT count(*) FROM briefings")).toInt();
        const QString out = path(QStringLiteral("bad.pdf"));
        const Run r = ctl({QStringLiteral("briefing"), m_db, out, QStringLiteral("--template"), t});
        QCOMPARE(r.code, 2);
        // In the interface language: the line named either way.
        QVERIFY2((r.err.contains(QLatin1String("line 5")) || r.err.contains(QStringLiteral("第 5 行")))
                     && r.err.contains(QLatin1String("{rainfall_total}")),
                 qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM briefings")).toInt(), before);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title: x\n[rain]\ntable: tide_gauges\n");
        f.close();
        const Run r2 = ctl({QStringLiteral("briefing"), m_db, out, QStringLiteral("--template"), t});
        QCOMPARE(r2.code, 2);
        QVERIFY2((r2.err.contains(QLatin1String("line 3")) || r2.err.contains(QStringLiteral("第 3 行"))) && r2.err.contains(QLatin1String("tide_gauges")), qPrintable(r2.err));
    }

    // Every issue is kept: a new serial each time, the file's size and SHA-256 as written.
    void issuedReportsKept()
    {
        const QString a = path(QStringLiteral("k1.pdf")), b = path(QStringLiteral("k2.pdf"));
        QCOMPARE(ctl({QStringLiteral("briefing"), m_db, a, QStringLiteral("--at"), QStringLiteral("2024-09-16T06:00")}).code, 0);
        QCOMPARE(ctl({QStringLiteral("briefing"), m_db, b, QStringLiteral("--at"), QStringLiteral("2024-09-16T06:00")}).code, 0);
        QFile fb(b);
        QVERIFY(fb.open(QIODevice::ReadOnly));
        const QByteArray bytes = fb.readAll();
        const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM briefings WHERE sha256 = '%1' AND size_bytes = %2").arg(hash).arg(bytes.size())).toInt(), 1);
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(DISTINCT serial) = count(*) FROM briefings WHERE kind = 'situation' AND format = 'pdf'")).toInt(), 1);
        QVERIFY(sql(m_db, QStringLiteral("SELECT max(serial) FROM briefings WHERE serial LIKE '2024-%'")).toString() >= QStringLiteral("2024-003"));
    }

    // Incident reports: the first report's one-hour deadline, the log in the follow-up.
    void incidentReports()
    {
        const QString out = path(QStringLiteral("first.html"));
        const Run r = ctl({QStringLiteral("report"), m_db, QStringLiteral("--incident"), QStringLiteral("1"), QStringLiteral("--kind"),
                           QStringLiteral("first"), out});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString html = readText(out);
        QVERIFY(html.contains(QStringLiteral("险情首报")));
        QVERIFY(html.contains(QStringLiteral("建国中路积水")));
        const QString follow = path(QStringLiteral("follow.pdf"));
        QCOMPARE(ctl({QStringLiteral("report"), m_db, QStringLiteral("--incident"), QStringLiteral("3"), QStringLiteral("--kind"),
                      QStringLiteral("followup"), follow}).code, 0);
        QVERIFY(run(QStringLiteral("pdftotext"), {follow, QStringLiteral("-")}).out.contains(QStringLiteral("险情续报")));
        QCOMPARE(sql(m_db, QStringLiteral("SELECT count(*) FROM briefings WHERE kind LIKE 'incident-%'")).toInt(), 2);
        QCOMPARE(ctl({QStringLiteral("report"), m_db, QStringLiteral("--incident"), QStringLiteral("99"), QStringLiteral("--kind"),
                      QStringLiteral("first"), path(QStringLiteral("none.pdf"))}).code, 1);
    }
    // The server backend: the same operation copied to PostgreSQL gives the same figures, and issues are kept
    // there with new serials.
    void serverBackend()
    {
        const QString port = fc::testutil::pgPort();
        QVERIFY2(!port.isEmpty(), "FC_TEST_PG_PORT is not set: run through ctest with the pgserver fixture");
        const QString name = QStringLiteral("fc_briefing_t%1").arg(QCoreApplication::applicationPid());
        QString e;
        QVERIFY2(fc::testutil::createPgDatabase(name, &e), qPrintable(e));
        const QString uri = QStringLiteral("postgresql://postgres@127.0.0.1:%1/%2").arg(port, name);
        const Run copy = ctl({QStringLiteral("copy"), m_db, uri});
        QVERIFY2(copy.code == 0, qPrintable(copy.err));
        const QString at = QStringLiteral("2024-09-16T06:00:00+08:00");
        const QString onFile = path(QStringLiteral("file.html")), onServer = path(QStringLiteral("server.html"));
        QCOMPARE(ctl({QStringLiteral("briefing"), m_db, onFile, QStringLiteral("--at"), at, QStringLiteral("--no-record")}).code, 0);
        for (int i = 0; i < 2; ++i) {
            const Run r = ctl({QStringLiteral("briefing"), uri, onServer, QStringLiteral("--at"), at, QStringLiteral("--overwrite")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        const QString a = readText(onFile), b = readText(onServer);
        for (const QString &gauge : {QStringLiteral("老西门雨量站"), QStringLiteral("黄浦公园潮位站"), QStringLiteral("外滩雨量站")})
            QCOMPARE(rowOf(b, gauge), rowOf(a, gauge));
        auto store = fc::Store::open(uri, &e);
        QVERIFY2(store, qPrintable(e));
        const QList<fc::StoreRow> rows = store->rows(QStringLiteral("briefings"), QStringLiteral("serial LIKE '2024-%'")).result();
        QSet<QString> serials;
        for (const fc::StoreRow &r : rows)
            serials.insert(r.values.value(QStringLiteral("kind")).toString() + r.values.value(QStringLiteral("serial")).toString()
                           + r.values.value(QStringLiteral("format")).toString());
        QCOMPARE(serials.size(), rows.size());
        QVERIFY(rows.size() >= 2);
    }
};

QTEST_GUILESS_MAIN(TstBriefing)
#include "tst_briefing.moc"
