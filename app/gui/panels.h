#pragma once

#include <QList>

class QObject;

namespace fc {

class Panel;

// Every panel of the window, in menu order. Adding a panel is one line in panels.cpp.
QList<Panel *> createPanels(QObject *parent);

} // namespace fc
