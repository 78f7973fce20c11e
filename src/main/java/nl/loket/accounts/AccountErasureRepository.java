package nl.loket.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountErasureRepository extends JpaRepository<AccountErasure, Long> {}
