#include "widgets/panels/warningbanner.h"

#include "app/core/base/clock.h"
#include "app/core/live/warningservice.h"

#include <QPainter>
#include <QSvgRenderer>
#include <QTimeZone>

#ifdef FC_HAVE_MULTIMEDIA
#include <QAudioDevice>
#include <QMediaDevices>
#include <QSoundEffect>
#endif
#ifdef FC_HAVE_SPEECH
#include <QTextToSpeech>
#endif

namespace fc {

struct WarningBanner::Audio
{
#ifdef FC_HAVE_MULTIMEDIA
    std::unique_ptr<QSoundEffect> sound;
#endif
#ifdef FC_HAVE_SPEECH
    std::unique_ptr<QTextToSpeech> speech;
#endif
};

QString BannerContent::duration(qint64 s)
{
    if (s < 0)
        s = 0;
    const qint64 h = s / 3600, m = (s % 3600) / 60;
    if (h >= 24)
        return tr("%1 d %2 h").arg(h / 24).arg(h % 24);
    if (h > 0)
        return tr("%1 h %2 min").arg(h).arg(m, 2, 10, QLatin1Char('0'));
    return tr("%1 min").arg(m);
}

QColor BannerContent::replayColour()
{
    return QColor(0xb0, 0x2f, 0xc8); // violet: no signal, level or alarm colour
}

BannerContent BannerContent::compute(const WarningState &state, const QDateTime &now, bool replay)
{
    BannerContent c;
    c.replay = replay;
    if (replay)
        c.replayText = tr("REPLAY %1").arg(now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai")))
                                               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    for (const WarningSignal &s : state.inForce())
        c.badges.append({s.kind, s.colour, WarningSignal::title(s.kind, s.colour),
                         tr("%1 %2", "a warning badge where space is short: kind, colour")
                             .arg(WarningSignal::kindName(s.kind), WarningSignal::colourName(s.colour))});
    const ResponseRecord r = state.currentResponse();
    c.level = r.fid ? r.level : QStringLiteral("none");
    c.levelText = ResponseLevel::name(c.level);
    if (c.level != QLatin1String("none"))
        c.since = duration(state.levelSince().secsTo(now));
    if (state.decisionPending())
        c.proposal = tr("Plan proposes %1 — confirm").arg(ResponseLevel::name(state.proposedLevel()));
    c.overdue = state.overdueCount(now);
    c.open = state.openCount();
    c.clock = now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).toString(QStringLiteral("HH:mm:ss"));
    return c;
}

WarningBanner::WarningBanner(WarningService *service, QWidget *parent)
    : QWidget(parent), m_service(service), m_audio(std::make_unique<Audio>())
{
    setObjectName(QStringLiteral("WarningBanner"));
    setAttribute(Qt::WA_OpaquePaintEvent);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_flash.setInterval(500);
    connect(&m_flash, &QTimer::timeout, this, [this] {
        m_flashOn = !m_flashOn;
        if (--m_flashLeft <= 0) {
            m_flash.stop();
            m_flashOn = false;
        }
        update();
    });
    connect(service, &WarningService::reset, this, &WarningBanner::refresh);
    connect(service, &WarningService::changed, this, &WarningBanner::refresh);
    connect(service, &WarningService::signalRaised, this, &WarningBanner::alert);
    if (Clock *clock = service->clock()) {
        connect(clock, &Clock::ticked, this, &WarningBanner::refresh);
        connect(clock, &Clock::jumped, this, &WarningBanner::refresh);
    }
    refresh();
}

WarningBanner::~WarningBanner() = default;

void WarningBanner::setScale(double scale)
{
    m_scale = scale;
    updateGeometry();
    update();
}

void WarningBanner::refresh()
{
    if (!m_service)
        return;
    const QDateTime now = m_service->clock() ? m_service->clock()->now() : QDateTime::currentDateTimeUtc();
    // In a replay the banner shows the state at the replayed time.
    const bool replay = m_service->clock() && m_service->clock()->isReplaying();
    m_content = BannerContent::compute(replay ? m_service->state().asOf(now) : m_service->state(), now, replay);
    update();
}

QString WarningBanner::announcement(const WarningSignal &s)
{
    return QStringLiteral("注意，%1%2预警").arg(WarningSignal::kindChinese(s.kind), WarningSignal::colourChinese(s.colour));
}

void WarningBanner::alert(const WarningSignal &signal)
{
    m_flashLeft = 20; // 10 s of flashing
    m_flashOn = true;
    m_flash.start();
    update();
#ifdef FC_HAVE_MULTIMEDIA
    if (!QMediaDevices::audioOutputs().isEmpty()) {
        if (!m_audio->sound) {
            m_audio->sound = std::make_unique<QSoundEffect>();
            m_audio->sound->setSource(QUrl(QStringLiteral("qrc:/sounds/alert.wav")));
        }
        m_audio->sound->play();
    }
#endif
#ifdef FC_HAVE_SPEECH
    if (!QTextToSpeech::availableEngines().isEmpty()) {
        if (!m_audio->speech)
            m_audio->speech = std::make_unique<QTextToSpeech>();
        if (m_audio->speech->state() != QTextToSpeech::Error)
            m_audio->speech->say(announcement(signal));
    }
#else
    Q_UNUSED(signal);
#endif
}

QSize WarningBanner::sizeHint() const
{
    return {int(900 * m_scale), int(56 * m_scale)};
}

QSize WarningBanner::minimumSizeHint() const
{
    return {int(300 * m_scale), int(56 * m_scale)};
}

void WarningBanner::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRect r = rect();
    const bool severe = !m_content.badges.isEmpty();
    QColor bg = m_flashOn ? WarningSignal::colourValue(m_content.badges.value(0).colour).darker(140) : QColor(0x12, 0x18, 0x22);
    if (m_content.replay)
        bg = QColor(0x2a, 0x10, 0x33); // a replay never looks like the live banner
    p.fillRect(r, bg);
    const double s = m_scale;
    const int pad = int(8 * s);
    const int h = r.height() - 2 * pad;
    QFont f = font();
    f.setBold(true);
    f.setPixelSize(std::max(12, int(h * 0.46)));
    p.setFont(f);
    // Right side: clock; then overdue; then the response level with its running time.
    int right = r.width() - pad;
    QFont mono = f;
    mono.setFamilies({QStringLiteral("DejaVu Sans Mono"), f.family()});
    p.setFont(mono);
    if (m_content.replay) {
        // The replayed time with its date on the replay colour, framed: never mistaken for the live clock.
        const int cw = p.fontMetrics().horizontalAdvance(m_content.replayText) + 3 * pad;
        const QRect box(right - cw, pad, cw, h);
        p.setPen(Qt::NoPen);
        p.setBrush(BannerContent::replayColour());
        p.drawRoundedRect(box, 6 * s, 6 * s);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, m_content.replayText);
        p.setPen(QPen(BannerContent::replayColour(), std::max(2.0, 3 * s)));
        p.setBrush(Qt::NoBrush);
        p.drawRect(QRectF(r).adjusted(1.5 * s, 1.5 * s, -1.5 * s, -1.5 * s));
        right -= cw + 2 * pad;
    } else {
        const int cw = p.fontMetrics().horizontalAdvance(QStringLiteral("00:00:00")) + pad;
        p.setPen(QColor(0xe8, 0xee, 0xf4));
        p.drawText(QRect(right - cw, pad, cw, h), Qt::AlignVCenter | Qt::AlignRight, m_content.clock);
        right -= cw + 2 * pad;
    }
    p.setFont(f);

    if (m_content.overdue > 0 || m_content.open > 0) {
        const QString t = m_content.overdue > 0 ? tr("%n overdue", nullptr, m_content.overdue)
                                                : tr("%n open", nullptr, m_content.open);
        const int w = p.fontMetrics().horizontalAdvance(t) + 2 * pad;
        const QRect box(right - w, pad, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(m_content.overdue > 0 ? QColor(0xb0, 0x1c, 0x1c) : QColor(0x2c, 0x3a, 0x4e));
        p.drawRoundedRect(box, 6 * s, 6 * s);
        p.setPen(Qt::white);
        p.drawText(box, Qt::AlignCenter, t);
        right -= w + 2 * pad;
    }

    QString level = m_content.levelText;
    if (!m_content.since.isEmpty())
        level += QStringLiteral("  ") + m_content.since;
    const int lw = p.fontMetrics().horizontalAdvance(level) + 2 * pad;
    const QRect lbox(right - lw, pad, lw, h);
    p.setPen(Qt::NoPen);
    p.setBrush(ResponseLevel::colour(m_content.level));
    p.drawRoundedRect(lbox, 6 * s, 6 * s);
    p.setPen(m_content.level == QLatin1String("III") || m_content.level == QLatin1String("II") ? QColor(0x10, 0x10, 0x10)
                                                                                                : QColor(Qt::white));
    p.drawText(lbox, Qt::AlignCenter, level);
    right -= lw + 2 * pad;

    // Badges: icon and "Typhoon orange warning" on the signal colour, in the room the right side leaves. Where
    // they do not fit (three signals on a wall at 2.2x), the type shrinks (to 60 %) and then the texts are
    // shortened: a badge never runs under the response level.
    p.setFont(f);
    int x = pad;
    if (!severe) {
        p.setPen(QColor(0x9a, 0xa8, 0xb8));
        const QString t = tr("No warning signal in force");
        p.drawText(QRect(x, pad, p.fontMetrics().horizontalAdvance(t) + pad, h), Qt::AlignVCenter, t);
        x += p.fontMetrics().horizontalAdvance(t) + 3 * pad;
    }
    const int room = right - x;
    const int n = int(m_content.badges.size());
    auto naturalWidth = [&](const QFontMetrics &fm, bool shortTexts) {
        int total = 0;
        for (const BannerContent::Badge &b : m_content.badges)
            total += h + pad + fm.horizontalAdvance(shortTexts && !b.shortText.isEmpty() ? b.shortText : b.text) + 2 * pad + pad;
        return total;
    };
    // Full texts at up to 80 % type; else kind and colour only ("台风黄色"), down to half; else shortened.
    QFont bf = f;
    bool useShort = false;
    for (int step = 0; n > 0 && naturalWidth(QFontMetrics(bf), useShort) > room && step < 7; ++step) {
        if (step == 2)
            useShort = true;
        bf.setPixelSize(std::max(10, int(f.pixelSize() * (step < 2 ? 0.9 - 0.1 * step : 1.0 - 0.1 * (step - 1)))));
    }
    p.setFont(bf);
    const int textRoom = n > 0 ? std::max(0, room / n - (h + 4 * pad)) : 0;
    for (const BannerContent::Badge &b : m_content.badges) {
        const QString full = useShort && !b.shortText.isEmpty() ? b.shortText : b.text;
        const QString text = naturalWidth(p.fontMetrics(), useShort) > room && p.fontMetrics().horizontalAdvance(full) > textRoom
                                 ? p.fontMetrics().elidedText(full, Qt::ElideRight, textRoom)
                                 : full;
        const QColor fill = WarningSignal::colourValue(b.colour), ink = WarningSignal::textOn(b.colour);
        const int w = h + pad + p.fontMetrics().horizontalAdvance(text) + 2 * pad;
        const QRect badge(x, pad, w, h);
        p.setPen(Qt::NoPen);
        p.setBrush(fill);
        p.drawRoundedRect(badge, 6 * s, 6 * s);
        // The kind's icon, tinted to the badge's text colour.
        QImage icon(QSize(h - pad, h - pad) * devicePixelRatioF(), QImage::Format_ARGB32_Premultiplied);
        icon.setDevicePixelRatio(devicePixelRatioF());
        icon.fill(Qt::transparent);
        {
            QPainter ip(&icon);
            QSvgRenderer svg(WarningSignal::iconPath(b.kind));
            svg.render(&ip, QRectF(0, 0, h - pad, h - pad));
            ip.setCompositionMode(QPainter::CompositionMode_SourceIn);
            ip.fillRect(QRectF(0, 0, h - pad, h - pad), ink);
        }
        p.drawImage(QPoint(x + pad / 2 + pad / 2, pad + pad / 2), icon);
        p.setPen(ink);
        p.drawText(QRect(x + h + pad / 2, pad, w - h - pad / 2, h), Qt::AlignVCenter | Qt::AlignLeft, text);
        x += w + pad;
    }
    p.setFont(f);

    if (!m_content.proposal.isEmpty() && right - x > 100) {
        QFont small = f;
        small.setBold(false);
        small.setPixelSize(std::max(12, int(h * 0.36)));
        p.setFont(small);
        p.setPen(QColor(0xff, 0xd0, 0x60));
        p.drawText(QRect(x, pad, right - x, h), Qt::AlignVCenter | Qt::AlignRight,
                   p.fontMetrics().elidedText(m_content.proposal, Qt::ElideRight, right - x));
    }
}

} // namespace fc
