#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

namespace cordee {

/// The "Open Recent" list, kept in the settings and shown as a menu.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxFiles = 8;

    explicit RecentFiles(QMenu *menu, QObject *parent = nullptr);

    void add(const QString &path);
    QStringList files() const;

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    void rebuild();
    QMenu *m_menu;
};

} // namespace cordee
