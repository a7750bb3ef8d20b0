#include "maps/systemmemory.h"

#include <QByteArray>
#include <QFile>
#include <algorithm>
#include <sys/resource.h>

namespace fc::SystemMemory {

namespace {

// A "Name:   123 kB" line of a /proc file, in bytes; -1 when missing.
qint64 procValue(const char *file, const QByteArray &name)
{
    QFile f(QString::fromLatin1(file));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = f.readAll().split('\n');
    for (const QByteArray &line : lines)
        if (line.startsWith(QByteArray(name + ':'))) {
            const QList<QByteArray> parts = line.mid(name.size() + 1).simplified().split(' ');
            bool ok = false;
            const qint64 v = parts.value(0).toLongLong(&ok);
            if (!ok)
                return -1;
            return parts.value(1) == "kB" ? v * 1024 : v;
        }
    return -1;
}

qint64 limitLeft(int resource, qint64 used)
{
    rlimit rl{};
    if (getrlimit(resource, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY)
        return -1;
    return std::max<qint64>(0, qint64(rl.rlim_cur) - std::max<qint64>(0, used));
}

} // namespace

qint64 availableBytes()
{
    qint64 best = procValue("/proc/meminfo", "MemAvailable");
    const qint64 vm = limitLeft(RLIMIT_AS, procValue("/proc/self/status", "VmSize"));
    const qint64 data = limitLeft(RLIMIT_DATA, procValue("/proc/self/status", "VmData"));
    for (qint64 v : {vm, data})
        if (v >= 0)
            best = best < 0 ? v : std::min(best, v);
    return best;
}

} // namespace fc::SystemMemory
