#pragma once

#include <QCoreApplication>
#include <QString>

namespace fc {

// Checks on files before anything opens them: a store or a source must be a regular file (a FIFO would block
// forever, a device is not data), and a store must carry a valid FloodCommand header. Every refusal says what
// is wrong (missing, a folder, a pipe, unreadable, corrupt, disk full, read-only, another program's file ...).
class StoreFile
{
    Q_DECLARE_TR_FUNCTIONS(StoreFile)
public:
    // True for an existing regular file (symbolic links followed) and for GDAL virtual paths (/vsimem/ ...).
    // For a shapefile (.shp) its companion files (.shx, .dbf, .prj, .cpg) that exist must be regular too.
    static bool regularFile(const QString &path, QString *error);
    // The schema version of a store, without writing to it; -1 (error set) when it is not a valid store:
    // not SQLite, not FloodCommand's, a GeoPackage header (application_id, user_version) or core table missing,
    // a schema version that is not a whole number from 1 on, or newer than this FloodCommand reads.
    // readOnly: as a read-only opening will read it (an immutable file when its folder cannot be written).
    static int inspect(const QString &path, QString *error, bool readOnly = false);
    // Whether the store can be written: the file and its folder (for the -wal and -shm files SQLite creates).
    static bool writable(const QString &path, QString *error);
    static bool folderWritable(const QString &path);
    // The SQLite URI of a read-only opening: immutable (no locks, no -shm/-wal) when nobody can write the folder.
    static QString readOnlyUri(const QString &path, bool immutable);
};

} // namespace fc
