// cordee-cli: forum files from the command line. The commands live in their own files; see clicommand.h.

#include "clicommand.h"
#include "clioutput.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

QtMessageHandler qtHandler = nullptr;

/// Drops QStandardPaths' note that XDG_RUNTIME_DIR is unset (as under cron or in a container), which the
/// graphical application's start prints: stderr is for the command's own messages.
void messageFilter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.startsWith(u"QStandardPaths: XDG_RUNTIME_DIR"))
        return;
    if (qtHandler)
        qtHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    // QCoreApplication is enough for the document, its undo stack and the item models; laying out the
    // declaration's pages needs fonts, hence a QGuiApplication, on the offscreen platform unless told
    // otherwise (no display is needed).
    QStringList firstArgument;
    if (argc > 1)
        firstArgument << QString::fromLocal8Bit(argv[1]);
    std::unique_ptr<QCoreApplication> app;
    if (cordee::cli::needsGuiApplication(firstArgument)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        qtHandler = qInstallMessageHandler(messageFilter);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("cordee-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Cordee"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CORDEE_VERSION));
    cordee::cli::quietQtLogging();
    return cordee::cli::runCommandLine(QCoreApplication::arguments().mid(1));
}
