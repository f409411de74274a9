#pragma once

#include "forum.h"

#include <QDialog>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cordee {

class ForumDocument;

/// Adds or edits a workshop: its slot, theme, working language, room, an optional title, its facilitator
/// and rapporteur. A new workshop's key follows the formation's naming ("D1-W1-T2-fr-3").
class WorkshopDialog : public QDialog
{
    Q_OBJECT

public:
    explicit WorkshopDialog(const ForumDocument &document, QWidget *parent = nullptr);

    void setWorkshop(const Workshop &workshop);
    Workshop workshop() const;
    void accept() override;

private:
    void fillPeople(QComboBox *combo, Role role, qint64 current);
    void updateKey();

    const ForumDocument &m_document;
    QSet<QString> m_taken;
    Workshop m_original;
    bool m_keyTyped = false;
    QComboBox *m_slot = nullptr;
    QComboBox *m_theme = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_room = nullptr;
    QLineEdit *m_title = nullptr;
    QComboBox *m_facilitator = nullptr;
    QComboBox *m_rapporteur = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace cordee
