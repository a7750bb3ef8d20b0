#pragma once

#include "app/core/district/floodlayers.h"

class QApplication;

namespace fc {

// Application look: a dark theme for a dim command room, a light one for the office, and a wall
// mode (large type) for the big displays.
namespace Theme {
void apply(QApplication &app, MapTheme theme, bool wall);
}

} // namespace fc
