package nl.loket.accounts;

import org.springframework.data.jpa.repository.JpaRepository;

interface PersonalDataRepository extends JpaRepository<PersonalData, Long> {}
