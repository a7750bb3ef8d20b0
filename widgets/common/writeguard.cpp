#include "widgets/common/writeguard.h"

#include <QAction>
#include <QVariant>
#include <QWidget>

namespace fc {

void WriteGuard::apply(QObject *control, bool wanted, const QString &refusal)
{
    if (!control)
        return;
    static const char ownTip[] = "fcOwnToolTip";
    auto *w = qobject_cast<QWidget *>(control);
    auto *a = qobject_cast<QAction *>(control);
    if (!w && !a)
        return;
    // The control's own tooltip, kept the first time the guard touches it.
    if (!control->property(ownTip).isValid())
        control->setProperty(ownTip, w ? w->toolTip() : a->toolTip());
    const QString tip = refusal.isEmpty() ? control->property(ownTip).toString() : refusal;
    const bool enabled = wanted && refusal.isEmpty();
    if (w) {
        w->setEnabled(enabled);
        w->setToolTip(tip);
    } else {
        a->setEnabled(enabled);
        a->setToolTip(tip);
    }
}

} // namespace fc
