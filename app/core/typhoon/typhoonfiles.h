#pragma once

#include "app/core/typhoon/typhoon.h"

#include <QByteArray>
#include <QCoreApplication>

namespace fc {

// Reads the two file formats the HQ receives. A file is read whole or refused: the error names the file and the
// line (CMA) or the feature (bulletin JSON: storm, point, field), and nothing of it is returned.
class TyphoonFiles
{
    Q_DECLARE_TR_FUNCTIONS(fc::TyphoonFiles)
public:
    enum class Format { Auto, Cma, Bulletin };
    // Size limit for one file (a year of best track is about 100 KiB).
    static constexpr qint64 MaxBytes = 32ll << 20;

    // CMA tropical cyclone best-track text (one file a year, UTC): per storm a header line
    //   66666 IIII NNN SSSS CCCC E H NAME DATE
    // (international number, rows, serial, Chinese number, end flag 0-3, interval h, English name, file date),
    // then NNN rows  YYYYMMDDHH GRADE LAT LON PRES WND [OWD]  (lat/lon in 0.1 degree, hPa, m/s).
    static bool parseCma(const QByteArray &data, const QString &file, QList<Storm> *storms, QString *error);
    // A typhoon bulletin as Chinese typhoon web services publish it (Beijing time without an offset): one storm
    // object, an array of them, or {"typhoons": [...]}; points with radius7_quad/radius10_quad/radius12_quad
    // {ne, se, sw, nw} in km (null: not issued, 0: none) and forecasts by agency.
    static bool parseBulletin(const QByteArray &data, const QString &file, QList<Storm> *storms, QString *error);
    // Reads a file (size-limited, regular files only) in the format given or guessed from its content.
    static bool read(const QString &path, Format format, QList<Storm> *storms, QString *error);
    // Keeps the storms matching `id` (code, Chinese or English name, Chinese number); error when none does.
    static bool select(QList<Storm> *storms, const QString &id, const QString &file, QString *error);
    static bool matches(const Storm &s, const QString &id);
};

} // namespace fc
