#pragma once

#include "programmeref.h"

#include <QDate>
#include <QObject>

class QUndoCommand;
class QWidget;

namespace cordee {

class ForumDocument;

/// The Programme page's edits: opens the dialog an item needs and pushes the undoable command it makes.
/// Refusals are said by the document (its storageFailed signal); successes go to the status bar.
class ProgrammeEditor : public QObject
{
    Q_OBJECT

public:
    explicit ProgrammeEditor(QWidget *dialogParent);

    void setDocument(ForumDocument *document) { m_document = document; }

    /// Each returns the item made, or a null reference when cancelled or refused.
    ProgrammeRef addTimeSlot(const QDate &day);
    ProgrammeRef addWorkshop(const QString &slotKey);
    ProgrammeRef addTheme();
    ProgrammeRef addRoom();
    void edit(const ProgrammeRef &ref);
    /// Removes the item (undoable, no confirmation).
    bool remove(const ProgrammeRef &ref);
    /// Opens "Plan Workshops from Demand" for `slotKey` (the first workshop slot when empty).
    bool planFromDemand(const QString &slotKey);

Q_SIGNALS:
    void statusMessage(const QString &message);

private:
    /// Pushes `command`; true when it was done (not refused).
    bool push(QUndoCommand *command);

    QWidget *m_parent;
    ForumDocument *m_document = nullptr;
};

} // namespace cordee
