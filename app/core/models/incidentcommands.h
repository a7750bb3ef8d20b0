#pragma once

#include "app/core/rules/incidentdesk.h"

#include <QFuture>
#include <QPointer>
#include <QUndoCommand>

namespace fc {

// A lifecycle step of an incident as an undo command: redo writes the step (incident, dispatch and team in one
// write), undo puts those rows back as they were and logs the undo (the log keeps both steps). The first redo
// writes the step; use it through a QUndoStack so a mistaken status change can be taken back.
class IncidentStepCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(fc::IncidentStepCommand)
public:
    IncidentStepCommand(Store *store, const IncidentStep &step, const QString &text, QUndoCommand *parent = nullptr);
    void redo() override;
    void undo() override;
    // The last write this command made (tools and tests wait on it).
    QFuture<WriteResult> lastWrite() const { return m_last; }

private:
    QPointer<Store> m_store;
    IncidentStep m_step;
    QFuture<WriteResult> m_last;
};

} // namespace fc
