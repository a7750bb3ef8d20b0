#pragma once

class QString;

namespace fc {

class MainWindow;

// floodcommand --wall: the layout's views on one window per screen, fed by the (hidden) main window's operation and
// map layers. With --screenshot, one image per (virtual) screen once every view shows its data. Returns false, with
// the reason on stderr, when the layout cannot be read (the program then exits with status 2).
bool startWall(MainWindow &window);

} // namespace fc
