/**
 * Small value types every module may use (e-mail addresses, later money and paging). Depends on
 * nothing else in Loket; keep it short and purpose-named, never a dumping ground.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package nl.loket.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
