#pragma once

#include "workshopboard.h"

#include <QListWidget>

namespace cordee {

/// The members of one workshop card (or the unplaced tray): people can be dragged from one list to another,
/// and every drop is reported so the page can make it an undoable move.
class MemberList : public QListWidget
{
    Q_OBJECT

public:
    static constexpr int IdRole = Qt::UserRole + 1;
    static constexpr int PinnedRole = Qt::UserRole + 2;
    /// The MIME type of a dragged participant: their id as text.
    static QString mimeType();

    /// `workshopKey` is empty for the unplaced tray.
    explicit MemberList(QString workshopKey, QWidget *parent = nullptr);

    QString workshopKey() const { return m_workshopKey; }
    void setMembers(const QList<BoardMember> &members);
    /// Selects the row of `participantId`; false when they are not in this list.
    bool selectParticipant(qint64 participantId);
    qint64 selectedParticipant() const;
    /// Highlights members whose name matches all the words of `search` (accent-blind); returns how many.
    int highlight(const QString &search);

Q_SIGNALS:
    /// Someone was dropped here from another list.
    void participantDropped(qint64 participantId, const QString &workshopKey);

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    Qt::DropActions supportedDropActions() const override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    bool acceptsDrop(const QDropEvent *event) const;

    QString m_workshopKey;
};

/// "2nd choice", "not ranked": how the board reads a member's rank.
QString rankText(int rank);

} // namespace cordee
