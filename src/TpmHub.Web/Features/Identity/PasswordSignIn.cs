using Microsoft.AspNetCore.Identity;

namespace TpmHub.Web.Features.Identity;

/// <summary>
/// Email-and-password sign-in for both doors (the sign-in page and the login API). An unknown email costs one password
/// hash, like a wrong password for a real account, so response times do not tell which emails have accounts (ASVS 6.3).
/// </summary>
public sealed class PasswordSignIn(SignInManager<AppUser> signInManager, DummyPasswordHash dummy)
{
    public async Task<(AppUser? User, SignInResult Result)> SignInAsync(string email, string password, bool isPersistent)
    {
        var users = signInManager.UserManager;
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(dummy.User, dummy.Hash, password);
            return (null, SignInResult.Failed);
        }

        return (user, await signInManager.PasswordSignInAsync(user, password, isPersistent, lockoutOnFailure: true));
    }
}
