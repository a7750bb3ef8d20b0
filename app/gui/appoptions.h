#pragma once

#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

namespace fc {

// Command-line options of the floodcommand GUI.
struct AppOptions
{
    QString db;             // operation store; empty = default in the user's data folder
    bool demo = false;      // open the bundled demo district
    QString lang;           // zh_CN | en; empty = settings, then system locale
    bool wall = false;      // full screen, large type, dark
    QString screenshot;     // render offscreen after the first complete map frame, save, exit
    QSize size{1920, 1080}; // for --screenshot
    bool light = false;     // light theme
    bool create = false;    // create --db (and its folders) when missing, without asking
    bool readOnly = false;  // open the store read-only (briefings): nothing can be changed
    QDateTime replayAt;     // start replaying (paused) at this time: the state of a past moment, for briefings
    bool defaultDb = false; // db is the default store in the user's data folder (created with the demo on first run)
    int screens = 0;        // --wall: the built-in layout for this many screens (offscreen: this many windows)
    QString wallLayout;     // --wall: a layout file (JSON)

    // Parses arguments; on error or --help/--version prints and sets exitCode (>= 0 means exit).
    static AppOptions parse(const QStringList &args, int *exitCode);
};

} // namespace fc
