#include "app/core/store/hazardworkflow.h"

namespace fc::HazardWorkflow {

namespace {

QString quotedList(const QStringList &values)
{
    QStringList q;
    for (const QString &v : values)
        q.append(QLatin1Char('\'') + v + QLatin1Char('\''));
    return q.join(QLatin1String(", "));
}

QString knownMessage()
{
    return QStringLiteral("hazard status must be one of %1").arg(states().join(QLatin1String(", ")));
}

QString sizeMessage()
{
    return QStringLiteral("an attachment is at most %1 MiB").arg(MaxAttachmentBytes / (1024 * 1024));
}

} // namespace

QStringList states()
{
    return {QStringLiteral("found"), QStringLiteral("assigned"), QStringLiteral("rectifying"),
            QStringLiteral("awaiting_check"), QStringLiteral("closed")};
}

QList<QPair<QString, QString>> transitions()
{
    return {
        {QStringLiteral("found"), QStringLiteral("assigned")},
        {QStringLiteral("assigned"), QStringLiteral("rectifying")},
        {QStringLiteral("rectifying"), QStringLiteral("awaiting_check")},
        {QStringLiteral("awaiting_check"), QStringLiteral("closed")},
        {QStringLiteral("awaiting_check"), QStringLiteral("rectifying")}, // reopened by the check
    };
}

bool isState(const QString &state)
{
    return states().contains(state);
}

bool allowed(const QString &from, const QString &to)
{
    return transitions().contains({from, to});
}

QStringList next(const QString &from)
{
    QStringList out;
    for (const auto &t : transitions())
        if (t.first == from)
            out.append(t.second);
    return out;
}

bool isOpen(const QString &state)
{
    QString st = state;
    for (const auto &l : legacyStatuses()) // a layer read straight from an older file: "rectified" is closed
        if (st == l.first)
            st = l.second;
    return st != QLatin1String("closed");
}

QString refusal(const QString &from, const QString &to)
{
    return QStringLiteral("%1 -> %2 is not allowed").arg(from.isEmpty() ? QStringLiteral("(none)") : from,
                                                        to.isEmpty() ? QStringLiteral("(none)") : to);
}

QList<QPair<QString, QString>> legacyStatuses()
{
    return {{QStringLiteral("open"), QStringLiteral("found")},
            {QStringLiteral("rectified"), QStringLiteral("closed")}};
}

QStringList sqliteSql()
{
    QStringList sql;
    const QStringList s = states();
    QStringList legacy;
    QString mapCase = QStringLiteral("CASE status");
    for (const auto &l : legacyStatuses()) {
        legacy.append(l.first);
        mapCase += QStringLiteral(" WHEN '%1' THEN '%2'").arg(l.first, l.second);
    }
    mapCase += QStringLiteral(" ELSE coalesce(status, 'found') END");
    // Rows written before the workflow: their status in its terms.
    sql.append(QStringLiteral("UPDATE hazards SET status = %1 WHERE status IS NULL OR status NOT IN (%2)")
                   .arg(mapCase, quotedList(s)));
    // A new row: a state, an older spelling (taken to its state right after), or none (found).
    sql.append(QStringLiteral("CREATE TRIGGER hazards_status_insert BEFORE INSERT ON hazards WHEN NEW.status IS NOT "
                              "NULL AND NEW.status NOT IN (%1) BEGIN SELECT RAISE(ABORT, '%2'); END")
                   .arg(quotedList(s + legacy), knownMessage()));
    sql.append(QStringLiteral("CREATE TRIGGER hazards_status_normalise AFTER INSERT ON hazards WHEN NEW.status IS "
                              "NULL OR NEW.status NOT IN (%1) BEGIN UPDATE hazards SET status = %2 WHERE fid = "
                              "NEW.fid; END")
                   .arg(quotedList(s), mapCase));
    sql.append(QStringLiteral("CREATE TRIGGER hazards_status_known BEFORE UPDATE OF status ON hazards WHEN NEW.status "
                              "IS NULL OR NEW.status NOT IN (%1) BEGIN SELECT RAISE(ABORT, '%2'); END")
                   .arg(quotedList(s), knownMessage()));
    // One trigger per transition that does not exist (SQLite's RAISE takes a literal message: each names its own).
    for (const QString &from : s)
        for (const QString &to : s)
            if (from != to && !allowed(from, to))
                sql.append(QStringLiteral("CREATE TRIGGER \"hazards_no_%1_%2\" BEFORE UPDATE OF status ON hazards WHEN "
                                          "OLD.status = '%1' AND NEW.status = '%2' BEGIN SELECT RAISE(ABORT, '%3'); END")
                               .arg(from, to, refusal(from, to)));
    for (const char *op : {"INSERT", "UPDATE"})
        sql.append(QStringLiteral("CREATE TRIGGER attachments_size_%1 BEFORE %2 ON attachments WHEN length(NEW.data) > %3 "
                                  "BEGIN SELECT RAISE(ABORT, '%4'); END")
                       .arg(QString::fromLatin1(op).toLower(), QLatin1String(op))
                       .arg(MaxAttachmentBytes)
                       .arg(sizeMessage()));
    return sql;
}

QStringList pgSql()
{
    const QStringList s = states();
    QStringList legacy, pairs;
    QString mapCase = QStringLiteral("CASE %1");
    for (const auto &l : legacyStatuses()) {
        legacy.append(l.first);
        mapCase += QStringLiteral(" WHEN '%1' THEN '%2'").arg(l.first, l.second);
    }
    for (const auto &t : transitions())
        pairs.append(QStringLiteral("('%1', '%2')").arg(t.first, t.second));
    QStringList sql;
    sql.append(QStringLiteral("UPDATE hazards SET status = %1 ELSE coalesce(status, 'found') END WHERE status IS NULL "
                              "OR status NOT IN (%2)")
                   .arg(mapCase.arg(QStringLiteral("status")), quotedList(s)));
    sql.append(QStringLiteral(
                   "CREATE OR REPLACE FUNCTION fc_hazard_status() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                   "IF TG_OP = 'INSERT' THEN "
                   "  IF NEW.status IS NOT NULL AND NEW.status NOT IN (%1) THEN RAISE EXCEPTION '%2'; END IF; "
                   "  NEW.status := %3 ELSE coalesce(NEW.status, 'found') END; RETURN NEW; "
                   "END IF; "
                   "IF NEW.status IS NOT DISTINCT FROM OLD.status THEN RETURN NEW; END IF; "
                   "IF NEW.status IS NULL OR NEW.status NOT IN (%4) THEN RAISE EXCEPTION '%2'; END IF; "
                   "IF OLD.status IN (%4) AND (OLD.status, NEW.status) NOT IN (%5) THEN "
                   "  RAISE EXCEPTION '% -> % is not allowed', OLD.status, NEW.status; END IF; "
                   "RETURN NEW; END $$")
                   .arg(quotedList(s + legacy), knownMessage(), mapCase.arg(QStringLiteral("NEW.status")), quotedList(s),
                        pairs.join(QLatin1String(", "))));
    sql.append(QStringLiteral("DROP TRIGGER IF EXISTS hazards_status ON hazards"));
    sql.append(QStringLiteral("CREATE TRIGGER hazards_status BEFORE INSERT OR UPDATE OF status ON hazards FOR EACH ROW "
                              "EXECUTE FUNCTION fc_hazard_status()"));
    sql.append(QStringLiteral("CREATE OR REPLACE FUNCTION fc_attachment_size() RETURNS trigger LANGUAGE plpgsql AS $$ "
                              "BEGIN IF octet_length(NEW.data) > %1 THEN RAISE EXCEPTION '%2'; END IF; RETURN NEW; "
                              "END $$")
                   .arg(MaxAttachmentBytes)
                   .arg(sizeMessage()));
    sql.append(QStringLiteral("DROP TRIGGER IF EXISTS attachments_size ON attachments"));
    sql.append(QStringLiteral("CREATE TRIGGER attachments_size BEFORE INSERT OR UPDATE ON attachments FOR EACH ROW "
                              "EXECUTE FUNCTION fc_attachment_size()"));
    return sql;
}

} // namespace fc::HazardWorkflow
