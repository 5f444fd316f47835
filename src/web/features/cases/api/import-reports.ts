import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportResult } from '../../../../shared/reports/contract.ts';
import { api } from '../../../lib/api-client.ts';

/** Sends a chosen file of reports as it is; the server reads it row by row, all or nothing. */
export function useImportReports() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (file: File) => {
      const type = file.name.toLowerCase().endsWith('.json') ? 'application/json' : 'text/csv';
      return api.postFile<ImportResult>('/api/v1/imports/reports', await file.text(), type);
    },
    onSuccess: (result) => {
      if (result.imported > 0) {
        void queryClient.invalidateQueries({ queryKey: ['reports'] });
      }
    },
  });
}
