#pragma once

#include "store/workspace.h"

#include <QCoreApplication>
#include <QMessageBox>

namespace funnelscope {

// Whether the workspace may be changed; when it was opened read-only, tells the user why not.
inline bool changeAllowed(QWidget *parent, const Workspace &workspace)
{
    if (!workspace.isReadOnly()) {
        return true;
    }
    QMessageBox::information(parent, QCoreApplication::translate("ReadOnly", "Read-only workspace"),
                             QCoreApplication::translate("ReadOnly",
                                                         "This workspace is open read-only. To change it, copy the "
                                                         "file to a folder you can write to and open the copy."));
    return false;
}

} // namespace funnelscope
