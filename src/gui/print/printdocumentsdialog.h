#pragma once

#include "printdocs.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace cordee {

class ForumDocument;

/// File ▸ Print Documents…: attendance sheets, personal programmes, badges or door signs of the open forum,
/// written as a PDF (then opened, to print or send). Programmes and badges can be limited to the people
/// selected on the Participants page; sheets and signs to one workshop slot.
class PrintDocumentsDialog : public QDialog
{
    Q_OBJECT

public:
    enum Kind { Attendance, Programmes, Badges, DoorSigns };

    PrintDocumentsDialog(ForumDocument *document, const QList<qint64> &selectedParticipants,
                         QWidget *parent = nullptr);

    Kind kind() const;
    void setKind(Kind kind);
    /// The request the dialog would write (path, slot, people).
    print::PrintRequest request() const;
    void setPath(const QString &path);
    /// Whether the written PDF is opened in the desktop's viewer.
    void setOpenWhenWritten(bool open);

    /// Writes the chosen document; on failure says why in the dialog and returns false.
    bool write();

    QString errorText() const;

    void accept() override;

private:
    void browse();
    void updateState();
    QString suggestedName() const;

    ForumDocument *m_document = nullptr;
    QList<qint64> m_selected;
    QButtonGroup *m_kinds = nullptr;
    QComboBox *m_slot = nullptr;
    QRadioButton *m_everyone = nullptr;
    QRadioButton *m_selection = nullptr;
    QLineEdit *m_path = nullptr;
    QCheckBox *m_open = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    bool m_pathEdited = false;
};

} // namespace cordee
