#include "widgets/common/alarmsound.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QUrl>
#include <QtEndian>
#include <cmath>

#ifdef FC_HAVE_MULTIMEDIA
#include <QSoundEffect>
#endif

namespace fc {

namespace {

// A two-tone 0.6 s alert as a 16-bit mono WAV (written once to the cache folder: QSoundEffect plays files).
QByteArray alertWav()
{
    const int rate = 22050, n = rate * 6 / 10;
    QByteArray pcm(n * 2, Qt::Uninitialized);
    for (int i = 0; i < n; ++i) {
        const double f = i < n / 2 ? 880.0 : 660.0;
        const double env = std::min(1.0, std::min(i, n - i) / 400.0);
        qToLittleEndian<qint16>(qint16(12000 * env * std::sin(2 * M_PI * f * i / rate)), pcm.data() + 2 * i);
    }
    QByteArray h(44, 0);
    auto put32 = [&](int at, quint32 v) { qToLittleEndian<quint32>(v, h.data() + at); };
    auto put16 = [&](int at, quint16 v) { qToLittleEndian<quint16>(v, h.data() + at); };
    memcpy(h.data(), "RIFF", 4);
    put32(4, quint32(36 + pcm.size()));
    memcpy(h.data() + 8, "WAVEfmt ", 8);
    put32(16, 16);
    put16(20, 1);
    put16(22, 1);
    put32(24, rate);
    put32(28, rate * 2);
    put16(32, 2);
    put16(34, 16);
    memcpy(h.data() + 36, "data", 4);
    put32(40, quint32(pcm.size()));
    return h + pcm;
}

} // namespace

struct AlarmSound::Impl
{
#ifdef FC_HAVE_MULTIMEDIA
    std::unique_ptr<QSoundEffect> effect;
#endif
};

AlarmSound::AlarmSound(QObject *parent) : QObject(parent), d(std::make_unique<Impl>())
{
#ifdef FC_HAVE_MULTIMEDIA
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(QStringLiteral("alarm.wav"));
    if (!QFile::exists(path)) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(alertWav());
    }
    d->effect = std::make_unique<QSoundEffect>();
    d->effect->setSource(QUrl::fromLocalFile(path));
    d->effect->setVolume(0.8f);
#endif
}

AlarmSound::~AlarmSound() = default;

bool AlarmSound::available() const
{
#ifdef FC_HAVE_MULTIMEDIA
    return d->effect && d->effect->status() != QSoundEffect::Error;
#else
    return false;
#endif
}

void AlarmSound::play()
{
#ifdef FC_HAVE_MULTIMEDIA
    if (available())
        d->effect->play();
#endif
}

} // namespace fc
