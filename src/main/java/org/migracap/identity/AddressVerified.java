package org.migracap.identity;

/**
 * A user proved an e-mail address: followed the verification link, or set a password from an invitation or reset link
 * sent to it. Modules that held mail back for an unproven address may send it now.
 * @param userId the account whose address it is
 * @param email the address proved
 */
public record AddressVerified(long userId, String email) {
}
