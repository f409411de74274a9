// rendericon SVG OUTDIR NAME SIZE...: renders the application icon as OUTDIR/SIZExSIZE/apps/NAME.png for each
// size (a hicolor theme's layout). A build-time helper, so the PNG icons need no tool beyond Qt.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTextStream>

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "rendericon: " << message << Qt::endl;
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.size() < 4)
        return fail(QStringLiteral("usage: rendericon SVG OUTDIR NAME SIZE..."));
    QSvgRenderer renderer(arguments.at(0));
    if (!renderer.isValid())
        return fail(QStringLiteral("cannot read ") + arguments.at(0));
    const QString name = arguments.at(2);
    for (const QString &text : arguments.mid(3)) {
        bool ok = false;
        const int size = text.toInt(&ok);
        if (!ok || size < 1 || size > 1024)
            return fail(QStringLiteral("not a size: ") + text);
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer.render(&painter, QRectF(0, 0, size, size));
        painter.end();
        const QString dir = arguments.at(1) + QStringLiteral("/%1x%1/apps").arg(size);
        const QString path = dir + u'/' + name + QStringLiteral(".png");
        if (!QDir().mkpath(dir) || !image.convertToFormat(QImage::Format_ARGB32).save(path, "PNG"))
            return fail(QStringLiteral("cannot write ") + path);
    }
    return 0;
}
