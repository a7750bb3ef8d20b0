#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace fc {

// One view on a wall screen: what it is (map, banner, teams, alarms, incidents, chart, checklist, ticker), where it
// sits in the screen's grid, and its own options (a map's bookmark and layers, a chart's sensor ...).
struct WallViewSpec
{
    QString view;
    int row = 0, column = 0, rowSpan = 1, columnSpan = 1;
    QJsonObject options;
};

struct WallScreenSpec
{
    QList<int> rows, columns; // stretch factors
    QList<WallViewSpec> views;
};

// A saved view named in a layout (works on any machine; a machine's own saved views come from its settings).
struct WallBookmark
{
    QString name;
    double lon = 0, lat = 0, widthM = 2000;
};

// A wall layout: data (JSON), built in for 1, 2 and 3 screens (resources/walls/wall-N.json), copied to the user's
// wall folder where they can be edited, chosen per machine (settings wall/layout) and remembered.
//
//   {"name": "wall-3", "title": "...",
//    "screens": [{"columns": [3, 2], "rows": [1, 6], "views": [{"view": "map", "row": 1, "bookmark": "..."}]}],
//    "bookmarks": [{"name": "外滩", "lon": 121.49, "lat": 31.24, "width_m": 2500}],
//    "rotation": {"seconds": 60, "show": ["bookmark:外滩", "home"], "return_minutes": 10}}
struct WallLayout
{
    Q_DECLARE_TR_FUNCTIONS(fc::WallLayout)
public:
    QString name, title;
    QList<WallScreenSpec> screens;
    QList<WallBookmark> bookmarks;
    int rotationSeconds = 0;        // 0: no kiosk rotation
    QStringList rotation;           // targets as WallCommand reads them
    int returnMinutes = 10;         // after a command, back to the standing layout

    static const QStringList &viewKinds();
    // Parses a layout; on error false with a message naming `source` and the screen or view at fault.
    static bool fromJson(const QByteArray &json, const QString &source, WallLayout *out, QString *error);
    static bool load(const QString &path, WallLayout *out, QString *error);
    // The built-in layout for n screens (1..3; more screens use the 3-screen one).
    static WallLayout builtIn(int screens);
    static QStringList builtInNames();
    // The user's folder of wall layouts (copies of the built-in ones are put there on first use).
    static QString userFolder();
    static void installUserCopies();
    // A layout by name: the user's copy first, then the built-in one. False when there is none.
    static bool find(const QString &name, WallLayout *out, QString *error);
    int viewCount() const;
};

} // namespace fc
