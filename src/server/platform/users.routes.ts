import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { ProblemDocument } from '../../shared/errors.ts';
import { CreateUserRequest, CreateUserResponse, UserResponse } from '../../shared/platform/contract.ts';
import { sessionOf } from '../http/request-context.ts';
import { presentUser } from './platform.presenter.ts';
import type { UsersService } from './users.service.ts';

const problems = { 400: ProblemDocument, 401: ProblemDocument, 403: ProblemDocument, 404: ProblemDocument, 409: ProblemDocument };

export const usersRoutes: FastifyPluginAsyncZod<{ users: UsersService }> = async (app, { users }) => {
  app.get(
    '/admin/users',
    { schema: { tags: ['admin'], summary: 'Users of the signed-in admin’s force', response: { 200: z.array(UserResponse), ...problems } } },
    async (request) => (await users.listUsers(sessionOf(request).actor)).map(presentUser),
  );

  app.get(
    '/admin/users/:id',
    { schema: { tags: ['admin'], summary: 'One user of the force', params: z.object({ id: z.uuid() }), response: { 200: UserResponse, ...problems } } },
    async (request) => presentUser(await users.getUser(sessionOf(request).actor, request.params.id)),
  );

  app.post(
    '/admin/users',
    {
      schema: {
        tags: ['admin'],
        summary: 'Add a user to the force (a password is generated when none is given, and shown once)',
        body: CreateUserRequest,
        response: { 201: CreateUserResponse, ...problems },
      },
    },
    async (request, reply) => {
      const created = await users.createUser(sessionOf(request).actor, request.body);
      return reply.code(201).send({ user: presentUser(created.user), password: created.generatedPassword });
    },
  );
};
