// floodctl briefing and floodctl report: the situation report and incident reports, written as PDF, ODT or HTML and
// recorded in the operation (BriefingArchive).
#include "app/ctl/ctlcommands.h"
#include "app/ctl/ctlcommon.h"

#include "app/core/base/outputfile.h"
#include "app/core/briefing/briefingarchive.h"
#include "app/core/briefing/incidentreport.h"
#include "app/core/rules/incidentreporting.h"
#include "app/core/briefing/reportwriter.h"
#include "app/core/briefing/situationreport.h"
#include "app/core/store/store.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLocale>
#include <QTimeZone>
#include <QTranslator>

namespace fc::ctl {

namespace {

// ISO 8601; without a zone it is Beijing time.
QDateTime parseAt(const QString &s)
{
    QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    if (t.timeSpec() == Qt::LocalTime)
        t = QDateTime(t.date(), t.time(), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    return t.toUTC();
}

// The interface translation for --lang zh_CN (the window's, where floodctl finds it).
void installLanguage(const QString &lang)
{
    if (lang != QLatin1String("zh_CN"))
        return;
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto *t = new QTranslator(QCoreApplication::instance());
    const QString beside = QCoreApplication::applicationDirPath() + QStringLiteral("/floodcommand_zh_CN.qm");
    if (t->load(QStringLiteral(":/i18n/floodcommand_zh_CN.qm")) || t->load(beside))
        QCoreApplication::installTranslator(t);
    else
        delete t;
}

struct Common
{
    QString db, out, lang = QStringLiteral("zh_CN"), user;
    QDateTime at;
    ReportPaper paper = ReportPaper::A4Portrait;
    ReportWriter::Format format = ReportWriter::Format::Pdf;
    bool overwrite = false, record = true;
};

bool readCommon(const Args &a, const char *usage, Common *c)
{
    c->db = a.pos.value(0);
    c->out = a.pos.value(1);
    QString e;
    if (!ReportWriter::formatOf(c->out, &c->format, &e)) {
        err(e);
        return false;
    }
    if (a.has("--lang")) {
        c->lang = a.value("--lang");
        if (c->lang != QLatin1String("zh_CN") && c->lang != QLatin1String("en")) {
            err(QStringLiteral("--lang: expected zh_CN or en, got '%1'").arg(c->lang));
            return false;
        }
    }
    if (a.has("--paper")) {
        const QString p = a.value("--paper").toUpper();
        if (p != QLatin1String("A4") && p != QLatin1String("A3")) {
            err(QStringLiteral("--paper: expected A4 (portrait) or A3 (landscape), got '%1'").arg(a.value("--paper")));
            return false;
        }
        c->paper = p == QLatin1String("A3") ? ReportPaper::A3Landscape : ReportPaper::A4Portrait;
    }
    if (a.has("--at") && !(c->at = parseAt(a.value("--at"))).isValid()) {
        err(QStringLiteral("--at: '%1' is not an ISO 8601 time (Beijing time when it has no zone)").arg(a.value("--at")));
        return false;
    }
    c->user = a.has("--user") ? a.value("--user") : qEnvironmentVariable("USER");
    c->overwrite = a.has("--overwrite");
    c->record = !a.has("--no-record");
    Q_UNUSED(usage)
    return true;
}

// Writes the bytes atomically and records the issue; prints what was written.
int issue(Store &store, const Common &c, ReportDocument &doc, qint64 incidentFid, qint64 buildMs)
{
    QString e;
    QElapsedTimer t;
    t.start();
    const QByteArray bytes = ReportWriter::write(doc, c.format, c.paper, &e);
    if (bytes.isEmpty()) {
        err(QStringLiteral("floodctl: %1").arg(e));
        return 1;
    }
    const qint64 writeMs = t.elapsed();
    OutputFile outFile({c.out});
    outFile.setOverwrite(c.overwrite);
    outFile.setSources({c.db});
    if (!outFile.begin(&e)) {
        err(e);
        return 1;
    }
    QFile f(outFile.stagingPath(0));
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.flush()) {
        err(QStringLiteral("%1: %2").arg(c.out, f.errorString()));
        return 1;
    }
    f.close();
    if (!outFile.commit(&e)) {
        err(e);
        return 1;
    }
    if (c.record) {
        BriefingArchive::Issued issued;
        if (!BriefingArchive::record(store, doc, ReportWriter::formatCode(c.format),
                                     c.paper == ReportPaper::A3Landscape ? QStringLiteral("A3") : QStringLiteral("A4"), c.out,
                                     bytes, incidentFid, &issued, &e)) {
            err(QStringLiteral("wrote %1 but could not record it in the operation: %2").arg(c.out, e));
            return 1;
        }
    }
    out(QStringLiteral("wrote %1 (%2, serial %3, %4 bytes, sha256 %5; built in %6 ms, written in %7 ms)%8")
            .arg(c.out, ReportWriter::formatCode(c.format), doc.serial.isEmpty() ? QStringLiteral("-") : doc.serial)
            .arg(bytes.size())
            .arg(BriefingArchive::sha256(bytes))
            .arg(buildMs)
            .arg(writeMs)
            .arg(c.record ? QString() : QStringLiteral(" (not recorded)")));
    return 0;
}

} // namespace

int briefing(const QStringList &args)
{
    const char usage[] = "usage: floodctl briefing DB OUT.(pdf|odt|html) [--at ISO8601] [--lang zh_CN|en] [--paper A4|A3]\n"
                         "                         [--template FILE] [--next-steps TEXT | --next-steps-file FILE] [--user NAME]\n"
                         "                         [--serial S] [--no-record] [--overwrite]";
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--at"), QStringLiteral("--lang"), QStringLiteral("--paper"), QStringLiteral("--template"),
                      QStringLiteral("--next-steps"), QStringLiteral("--next-steps-file"), QStringLiteral("--user"),
                      QStringLiteral("--serial")},
               {QStringLiteral("--no-record"), QStringLiteral("--overwrite")}, &a, &e)
        || a.pos.size() != 2) {
        if (!e.isEmpty())
            err(e);
        err(QString::fromLatin1(usage));
        return 2;
    }
    Common c;
    if (!readCommon(a, usage, &c))
        return 2;
    installLanguage(c.lang);
    BriefingOptions o;
    o.language = c.lang;
    o.paper = c.paper;
    o.at = c.at;
    o.author = c.user;
    if (a.has("--template") && !BriefingTemplate::load(a.value("--template"), &o.templ, &e)) {
        err(QStringLiteral("floodctl briefing: %1").arg(e));
        return 2;
    }
    o.nextSteps = a.value("--next-steps");
    if (a.has("--next-steps-file")) {
        QFile f(a.value("--next-steps-file"));
        if (!f.open(QIODevice::ReadOnly)) {
            err(QStringLiteral("--next-steps-file: %1: %2").arg(f.fileName(), f.errorString()));
            return 2;
        }
        o.nextSteps = QString::fromUtf8(f.read(1 << 20));
    }
    QString destErr;
    if (!OutputFile::checkDestination(c.out, c.overwrite, {c.db}, &destErr)) {
        err(QStringLiteral("floodctl briefing: %1").arg(destErr));
        return 1;
    }
    auto store = c.record || Store::isServer(c.db) ? Store::open(c.db, &e) : Store::openReadOnly(c.db, &e);
    if (!store) {
        err(e);
        return 1;
    }
    store->setUser(c.user);
    QElapsedTimer t;
    t.start();
    const QDateTime asOf = c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc();
    o.at = asOf;
    o.serial = a.has("--serial") ? a.value("--serial") : BriefingArchive::nextSerial(*store, QStringLiteral("situation"), asOf);
    ReportDocument doc;
    if (!SituationReport::build(*store, o, &doc, &e)) {
        err(QStringLiteral("floodctl briefing: %1").arg(e));
        return 1;
    }
    return issue(*store, c, doc, 0, t.elapsed());
}

int incidentReport(const QStringList &args)
{
    const char usage[] = "usage: floodctl report DB --incident ID --kind first|followup|verified OUT.(pdf|odt|html) [--at ISO8601]\n"
                         "                       [--lang zh_CN|en] [--paper A4|A3] [--user NAME] [--no-record] [--overwrite]";
    Args a;
    QString e;
    if (!parse(args, {QStringLiteral("--incident"), QStringLiteral("--kind"), QStringLiteral("--at"), QStringLiteral("--lang"),
                      QStringLiteral("--paper"), QStringLiteral("--user")},
               {QStringLiteral("--no-record"), QStringLiteral("--overwrite")}, &a, &e)
        || a.pos.size() != 2 || !a.has("--incident") || !a.has("--kind")) {
        if (!e.isEmpty())
            err(e);
        err(QString::fromLatin1(usage));
        return 2;
    }
    Common c;
    if (!readCommon(a, usage, &c))
        return 2;
    const QString kind = a.value("--kind");
    if (!IncidentReportRules::kinds().contains(kind)) {
        err(QStringLiteral("--kind: expected first, followup or verified, got '%1'").arg(kind));
        return 2;
    }
    installLanguage(c.lang);
    QString destErr;
    if (!OutputFile::checkDestination(c.out, c.overwrite, {c.db}, &destErr)) {
        err(QStringLiteral("floodctl report: %1").arg(destErr));
        return 1;
    }
    auto store = c.record || Store::isServer(c.db) ? Store::open(c.db, &e) : Store::openReadOnly(c.db, &e);
    if (!store) {
        err(e);
        return 1;
    }
    store->setUser(c.user);
    QElapsedTimer t;
    t.start();
    const QDateTime asOf = c.at.isValid() ? c.at : QDateTime::currentDateTimeUtc();
    const qint64 fid = a.value("--incident").toLongLong();
    const QString docKind = QStringLiteral("incident-") + kind;
    ReportDocument doc;
    if (!IncidentReport::build(*store, fid, kind, asOf, c.lang, c.user, BriefingArchive::nextSerial(*store, docKind, asOf), &doc, &e)) {
        err(QStringLiteral("floodctl report: %1").arg(e));
        return 1;
    }
    return issue(*store, c, doc, fid, t.elapsed());
}

} // namespace fc::ctl
