"""A bare WebKitGTK window that WebKitWebDriver starts for each session of `npm run test:engines`.

Debian's MiniBrowser cannot be narrower than its toolbar (no phone width), and the views it makes
for automation ignore its settings (no console on stdout). This window has no toolbar, a fresh
profile per session (in a temporary folder, removed on exit), writes the page's console on stdout
(the driver collects the errors from there), and runs the scripts given as `--user-script=SOURCE`
before each page's own.
"""

import shutil
import signal
import sys
import tempfile

import gi

gi.require_version("Gtk", "3.0")
gi.require_version("WebKit2", "4.1")
from gi.repository import GLib, Gtk, WebKit2  # noqa: E402

PREFIX = "--user-script="
scripts = [arg[len(PREFIX) :] for arg in sys.argv[1:] if arg.startswith(PREFIX)]

# An ephemeral context would do, but its pages' console never reaches stdout: a fresh folder instead.
profile = tempfile.mkdtemp(prefix="webkit-window-")
context = WebKit2.WebContext(
    website_data_manager=WebKit2.WebsiteDataManager(
        base_data_directory=profile, base_cache_directory=profile
    )
)
context.set_automation_allowed(True)
content = WebKit2.UserContentManager()
for source in scripts:
    content.add_script(
        WebKit2.UserScript(
            source,
            WebKit2.UserContentInjectedFrames.TOP_FRAME,
            WebKit2.UserScriptInjectionTime.START,
            None,
            None,
        )
    )
settings = WebKit2.Settings(enable_write_console_messages_to_stdout=True)
windows = []


def close_window(window):
    windows.remove(window)
    window.destroy()
    if not windows:
        Gtk.main_quit()


def create_web_view(_session):
    view = WebKit2.WebView(
        web_context=context,
        settings=settings,
        user_content_manager=content,
        is_controlled_by_automation=True,
    )
    window = Gtk.Window()
    window.set_default_size(1280, 800)
    window.add(view)
    windows.append(window)
    view.connect("close", lambda _view: close_window(window))
    window.show_all()
    return view


def start_automation(_context, session):
    info = WebKit2.ApplicationInfo()
    info.set_name("cso-vs-cro-webkit")
    info.set_version(
        WebKit2.get_major_version(), WebKit2.get_minor_version(), WebKit2.get_micro_version()
    )
    session.set_application_info(info)
    session.connect("create-web-view", create_web_view)


context.connect("automation-started", start_automation)
# The driver ends a session with SIGTERM: leave the main loop, so that the profile is removed.
GLib.unix_signal_add(GLib.PRIORITY_DEFAULT, signal.SIGTERM, Gtk.main_quit)
try:
    Gtk.main()
finally:
    shutil.rmtree(profile, ignore_errors=True)
