// @vitest-environment jsdom
import { MockedProvider } from '@apollo/client/testing/react';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OpenApiImport, OpenApiImport_Import } from './OpenApiImport';
import { ReadinessChecklist } from './ReadinessChecklist';

afterEach(cleanup);


const DOC = '{"openapi":"3.1.0","paths":{}}';
const result = (applied: boolean, problems: { field: string; message: string }[], endpoints: { id: string; method: string; path: string }[] = []) => ({
  data: {
    importOpenApi: {
      __typename: 'ImportOpenApiResult' as const,
      applied,
      problems: problems.map((p) => ({ __typename: 'FieldProblem' as const, ...p })),
      endpoints: endpoints.map((e) => ({ __typename: 'Endpoint' as const, ...e })),
    },
  },
});
const call = (dryRun: boolean) => ({ query: OpenApiImport_Import, variables: { solutionId: 'sol_1', document: DOC, dryRun } });
describe('OpenAPI import', () => {
  it('lists every problem by JSON pointer and imports nothing', async () => {
    const onDone = vi.fn();
    render(
      <MockedProvider mocks={[{ request: call(true), result: result(false, [{ field: '/paths/~1v1~1x/get/parameters/0/in', message: 'Cookie parameters are not supported.' }, { field: '/openapi', message: 'Use an OpenAPI 3.1 document.' }]) }]}>
        <OpenApiImport solutionId="sol_1" currentCount={2} onDone={onDone} />
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText('OpenAPI document'), { target: { value: DOC } });
    fireEvent.click(screen.getByRole('button', { name: 'Check document' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/2 problems; nothing was imported/)).toBeTruthy();
    expect(within(alert).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '/paths/~1v1~1x/get/parameters/0/in: Cookie parameters are not supported.',
      '/openapi: Use an OpenAPI 3.1 document.',
    ]);
    expect(onDone).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: 'Check document' })).toBeTruthy();
  });

  it('shows what a valid document becomes, then imports it', async () => {
    const onDone = vi.fn();
    const endpoints = [{ id: 'end_1', method: 'GET', path: '/v1/a' }];
    render(
      <MockedProvider mocks={[{ request: call(true), result: result(false, [], endpoints) }, { request: call(false), result: result(true, [], endpoints) }]}>
        <OpenApiImport solutionId="sol_1" currentCount={3} onDone={onDone} />
      </MockedProvider>,
    );
    fireEvent.change(screen.getByLabelText('OpenAPI document'), { target: { value: DOC } });
    fireEvent.click(screen.getByRole('button', { name: 'Check document' }));
    expect((await screen.findByText(/The document is valid/)).textContent).toMatch(/1 endpoint will replace your 3: GET \/v1\/a/);
    fireEvent.click(screen.getByRole('button', { name: 'Import 1 endpoint' }));
    await vi.waitFor(() => expect(onDone).toHaveBeenCalledWith('Imported 1 endpoint.'));
  });
});

describe('the readiness checklist', () => {
  it('ticks what is done and names what is missing', () => {
    render(
      <ReadinessChecklist
        checks={[
          { item: 'ENDPOINTS', label: 'At least one endpoint', done: true, missing: null },
          { item: 'DOCUMENTATION', label: 'Every endpoint documented', done: false, missing: 'Describe GET /v1/x.' },
          { item: 'HEALTH_CHECK_URL', label: 'A health-check URL', done: false, missing: 'Set the health-check URL.' },
          { item: 'SECRET', label: 'A solution secret', done: true, missing: null },
        ]}
      />,
    );
    expect(screen.getByText('2 of 4 still to do before you can submit.')).toBeTruthy();
    const items = within(screen.getByRole('list', { name: 'Ready for review?' })).getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual([
      '✓At least one endpoint: done',
      '○Every endpoint documented: to do Describe GET /v1/x.',
      '○A health-check URL: to do Set the health-check URL.',
      '✓A solution secret: done',
    ]);
  });
});
