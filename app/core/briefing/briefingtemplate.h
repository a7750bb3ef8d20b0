#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

// A situation report's template: the texts of its sections and their order, as data an HQ can copy and edit
// (resources/briefing/situation.zh_CN.tmpl is the default). Line-based:
//
//   # a comment
//   title: {district}防汛防台工作简报          document settings: title, subtitle, header, footer, numerals
//   [rain]                                      a section (cover, rain, water, works, typhoon, incidents, impact,
//   heading: {n}、雨情                           measures, next), in the order the report shows them
//   text: 截至{as_of}，{rain_gauges}个雨量站…     a paragraph with placeholders
//   table: rain_totals                          a table, a chart, the map or a block of facts the section offers
//   chart: rain
//
// A section the template leaves out is not in the report; a section whose data are empty is left out of it
// (no heading, no empty table). A placeholder, table or chart the section does not offer, an unknown section or
// setting, is refused naming it and the line.
struct BriefingTemplate
{
    Q_DECLARE_TR_FUNCTIONS(fc::BriefingTemplate)
public:
    struct Item
    {
        QString kind;  // heading, text, table, chart, map, facts
        QString value; // text with placeholders, or the name of the table / chart / facts
        int line = 0;
    };
    struct Section
    {
        QString id;
        QList<Item> items;
        int line = 0;
    };
    QString title, subtitle, header, footer;
    bool chineseNumerals = false;
    QList<Section> sections;

    // Parses and checks a template; `source` names it in errors ("FILE line N: ...").
    static bool parse(const QString &text, const QString &source, BriefingTemplate *out, QString *error);
    static bool load(const QString &path, BriefingTemplate *out, QString *error);
    // The template in resources for a language (zh_CN, en).
    static BriefingTemplate builtin(const QString &language);
    static QString builtinPath(const QString &language);

    // What a section offers (placeholders, tables, charts, facts); the document-wide placeholders are offered
    // everywhere.
    static QStringList sectionIds();
    static QStringList globalPlaceholders();
    static QStringList placeholders(const QString &section);
    static QStringList offered(const QString &section, const QString &kind);
    // Replaces {name} by values[name] (missing values leave an empty string).
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    // The placeholders a text uses, in order.
    static QStringList placeholdersIn(const QString &text);
};

} // namespace fc
