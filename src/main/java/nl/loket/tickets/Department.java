package nl.loket.tickets;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** Where tickets are handled, with its own sender address; administrators will manage these. */
@Entity
@Table(name = "ticket_department")
class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private String code;
    private String nameNl;
    private String nameEn;
    private @Nullable String senderAddress;
    private @Nullable String senderName;
    private boolean active;
    private int sortOrder;

    protected Department() {
        this.code = "";
        this.nameNl = "";
        this.nameEn = "";
    }

    Department(String code, String nameNl, String nameEn, int sortOrder) {
        this.code = code;
        this.nameNl = nameNl;
        this.nameEn = nameEn;
        this.active = true;
        this.sortOrder = sortOrder;
    }

    long id() {
        if (id == null) {
            throw new IllegalStateException("Department has not been saved yet");
        }
        return id;
    }

    String code() {
        return code;
    }

    boolean isActive() {
        return active;
    }

    @Nullable
    String senderAddress() {
        return senderAddress;
    }

    @Nullable
    String senderName() {
        return senderName;
    }

    DepartmentView toView() {
        return new DepartmentView(id(), code, nameNl, nameEn, active, sortOrder);
    }
}
