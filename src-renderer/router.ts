// Every route of the UI, in one place. Hash history: the app is served from app:// files, and a
// hash URL never asks the protocol handler for a path that is not a file.
import { createRouter, createWebHashHistory, type RouteRecordRaw } from 'vue-router'
import HomeView from './features/home/views/HomeView.vue'
import NotFoundView from './features/shell/views/NotFoundView.vue'

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title (document.title); the home page's depends on the mode. */
    titleKey?: string
  }
}

export const routes: RouteRecordRaw[] = [
  { path: '/', name: 'home', component: HomeView },
  {
    path: '/stato',
    name: 'status',
    component: () => import('./features/status/views/StatusView.vue'),
    meta: { titleKey: 'status.title' },
  },
  {
    path: '/:pathMatch(.*)*',
    name: 'not-found',
    component: NotFoundView,
    meta: { titleKey: 'notFound.title' },
  },
]

export function createAppRouter() {
  return createRouter({
    history: createWebHashHistory(),
    routes,
    scrollBehavior: () => ({ top: 0 }),
  })
}
