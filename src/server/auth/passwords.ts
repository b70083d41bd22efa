/** Admin passwords get the slow hash both programs use. */
export { hashSecret as hashPassword, verifySecret as verifyPassword } from '../../node/argon2id';
