package app.lectern.account.ui;

import app.lectern.ui.HeaderItem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.spring.annotation.SpringComponent;

/** Puts the {@link AccountMenu} into the header of every page. */
@SpringComponent
class AccountMenuItem implements HeaderItem {

    @Override
    public Component create() {
        return new AccountMenu();
    }
}
